#!/usr/bin/env python3
"""docker-compose.yml and every deploy/k8s overlay run exactly the images deploy/images/build.sh produces.

Expected: connect/<module>:<connect.image.tag> for each module of modules.txt, where connect.image.tag (root pom)
is the project version without -SNAPSHOT and the -Pimages profile names images with it. Compose must use these
images without a build section (they come from Jib, not a Dockerfile); every rendered Kubernetes overlay must
run them (a registry prefix is allowed, another tag is not).
  check_refs.py ROOT OVERLAY=RENDERED.yaml...
"""
import sys
import xml.etree.ElementTree as ET

import yaml

POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def expected_images(root):
    pom = ET.parse(f"{root}/pom.xml").getroot()
    version = pom.findtext("m:version", namespaces=POM_NS)
    tag = pom.findtext("m:properties/m:connect.image.tag", namespaces=POM_NS)
    problems = []
    if tag != version.removesuffix("-SNAPSHOT"):
        problems.append(f"pom.xml: connect.image.tag {tag} is not the project version {version} without -SNAPSHOT")
    profile = pom.find("m:profiles/m:profile[m:id='images']/m:properties", POM_NS)
    if profile is None:
        problems.append("pom.xml: no -Pimages profile")
    else:
        group = profile.findtext("m:quarkus.container-image.group", namespaces=POM_NS)
        image_tag = profile.findtext("m:quarkus.container-image.tag", namespaces=POM_NS)
        if group != "connect" or image_tag != "${connect.image.tag}":
            problems.append(f"pom.xml -Pimages: images are {group}/<module>:{image_tag}, expected "
                            "connect/<module>:${connect.image.tag}")
    with open(f"{root}/deploy/images/modules.txt") as f:
        modules = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    return {m: f"connect/{m}:{tag}" for m in modules}, problems


def check_compose(root, images):
    with open(f"{root}/docker-compose.yml") as f:
        services = yaml.safe_load(f)["services"]
    problems = []
    for module, image in images.items():
        service = services.get(module)
        if service is None:
            problems.append(f"compose: no service {module}")
            continue
        if service.get("image") != image:
            problems.append(f"compose: {module} runs {service.get('image')}, build.sh makes {image}")
        if "build" in service:
            problems.append(f"compose: {module} has a build section; its image comes from deploy/images/build.sh")
    for name, service in services.items():
        ref = str(service.get("image", ""))
        if ref.startswith("connect/") and ref not in images.values():
            problems.append(f"compose: {name} runs {ref}, which build.sh does not make")
    return problems


def check_overlay(name, rendered, images):
    problems, seen = [], set()
    by_repo = {image.rsplit(":", 1)[0]: image for image in images.values()}
    for doc in yaml.safe_load_all(rendered):
        if not doc or doc.get("kind") not in ("Deployment", "StatefulSet", "Job", "CronJob", "DaemonSet"):
            continue
        spec = doc["spec"]["template"]["spec"] if doc["kind"] != "CronJob" else \
            doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        for container in spec.get("containers", []) + spec.get("initContainers", []):
            ref = container.get("image", "")
            repo, _, tag = ref.rpartition(":")
            for ours, image in by_repo.items():
                if repo == ours or repo.endswith("/" + ours):
                    seen.add(image)
                    if f"{ours}:{tag}" != image:
                        problems.append(f"k8s[{name}]: {doc['metadata']['name']} runs {ref}, build.sh makes {image}")
            if doc["metadata"]["name"] in (m for m in images) and not any(
                    repo == o or repo.endswith("/" + o) for o in by_repo):
                problems.append(f"k8s[{name}]: {doc['metadata']['name']} runs {ref}, not one of our images")
    if not seen:
        problems.append(f"k8s[{name}]: runs none of our images")
    return problems


def main():
    root, overlays = sys.argv[1], sys.argv[2:]
    images, problems = expected_images(root)
    problems += check_compose(root, images)
    for spec in overlays:
        name, _, path = spec.partition("=")
        with open(path) as f:
            problems += check_overlay(name, f.read(), images)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"images: compose and {len(overlays)} k8s overlays use the images build.sh makes "
          f"({', '.join(sorted(images.values()))})")


if __name__ == "__main__":
    main()
