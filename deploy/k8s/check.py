"""Checks rendered Kubernetes manifests of Connect (called by check.sh, one call for all overlays).

    python3 check.py --routes ROUTES_FILE OVERLAY=RENDERED_YAML[:EXTERNAL_SECRETS_FILE] ...

An overlay named `production` must contain no Secret with data, no simulator and real Stripe.
Prints one line per problem, naming overlay and object, then a summary; exits 1 when there are problems.
"""
import argparse
import sys

import yaml

SERVICES = ["user-service", "payment-service", "station-service", "charging-service", "billing-service"]
SIMULATORS = ["cpo-simulator", "stripe-emulator"]
POD_OWNERS = {"Deployment", "StatefulSet", "DaemonSet"}


class Overlay:
    def __init__(self, name, docs, external):
        self.name = name
        self.docs = docs
        self.external = external  # secret name -> required keys
        self.problems = []
        self.by_kind = {}
        for doc in docs:
            self.by_kind.setdefault(doc.get("kind"), {})[doc["metadata"]["name"]] = doc

    def problem(self, obj, message):
        line = f"k8s[{self.name}] {obj}: {message}"
        if line not in self.problems:
            self.problems.append(line)

    def objects(self, kind):
        return self.by_kind.get(kind, {})


def load_external(path):
    external = {}
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if words:
                    external[words[0]] = set(words[1:])
    return external


def containers(pod_spec):
    return pod_spec.get("initContainers", []) + pod_spec.get("containers", [])


def check_image(ov, where, image):
    if not image:
        ov.problem(where, "has no image")
        return
    if "@sha256:" in image:
        return
    last = image.rsplit("/", 1)[-1]
    if ":" not in last:
        ov.problem(where, f"image {image} has no tag (pin a version)")
    elif last.rsplit(":", 1)[1] == "latest":
        ov.problem(where, f"image {image} uses the tag latest (pin a version)")


def check_pod(ov, owner, pod_spec):
    pod_sc = pod_spec.get("securityContext", {})
    for c in pod_spec.get("containers", []):
        where = f"{owner} container {c.get('name')}"
        for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
            if not c.get(probe):
                ov.problem(where, f"has no {probe}")
    for c in containers(pod_spec):
        where = f"{owner} container {c.get('name')}"
        check_image(ov, where, c.get("image"))
        res = c.get("resources", {})
        for part in ("requests", "limits"):
            for unit in ("cpu", "memory"):
                if unit not in res.get(part, {}):
                    ov.problem(where, f"has no resources.{part}.{unit}")
        sc = c.get("securityContext", {})
        if sc.get("runAsNonRoot", pod_sc.get("runAsNonRoot")) is not True:
            ov.problem(where, "does not set runAsNonRoot: true")
        if sc.get("allowPrivilegeEscalation") is not False:
            ov.problem(where, "does not set allowPrivilegeEscalation: false")


def check_reference(ov, owner, kind, name, key=None, optional=False):
    obj = ov.objects(kind).get(name)
    if obj is not None:
        if key is not None and key not in (obj.get("data") or {}) and key not in (obj.get("stringData") or {}):
            if not optional:
                ov.problem(owner, f"{kind} {name} has no key {key}")
        return
    if kind == "Secret" and name in ov.external:
        if key is not None and key not in ov.external[name]:
            ov.problem(owner, f"key {key} of the external Secret {name} is not in the documented list")
        return
    if not optional:
        where = " nor in the documented external Secrets" if kind == "Secret" and ov.external else ""
        ov.problem(owner, f"references {kind} {name}, which is not in the rendered output{where}")


def check_references(ov, owner, pod_spec):
    for c in containers(pod_spec):
        for src in c.get("envFrom", []):
            for field, kind in (("configMapRef", "ConfigMap"), ("secretRef", "Secret")):
                if field in src:
                    check_reference(ov, owner, kind, src[field]["name"], optional=src[field].get("optional", False))
        for env in c.get("env", []):
            vf = env.get("valueFrom", {})
            for field, kind in (("configMapKeyRef", "ConfigMap"), ("secretKeyRef", "Secret")):
                if field in vf:
                    ref = vf[field]
                    check_reference(ov, owner, kind, ref["name"], ref["key"], ref.get("optional", False))
    for vol in pod_spec.get("volumes", []):
        if "configMap" in vol:
            check_reference(ov, owner, "ConfigMap", vol["configMap"]["name"],
                            optional=vol["configMap"].get("optional", False))
        if "secret" in vol:
            check_reference(ov, owner, "Secret", vol["secret"]["secretName"],
                            optional=vol["secret"].get("optional", False))
        for src in vol.get("projected", {}).get("sources", []):
            if "configMap" in src:
                check_reference(ov, owner, "ConfigMap", src["configMap"]["name"])
            if "secret" in src:
                check_reference(ov, owner, "Secret", src["secret"]["name"])


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_services_and_scaling(ov):
    deployments = ov.objects("Deployment")
    for name, dep in deployments.items():
        labels = dep["spec"]["template"]["metadata"].get("labels", {})
        if not any(selects(s["spec"].get("selector"), labels) for s in ov.objects("Service").values()):
            ov.problem(f"Deployment/{name}", "no Service selects its pods")
    for name in SERVICES:
        if name not in deployments:
            ov.problem(f"Deployment/{name}", "missing")
            continue
        labels = deployments[name]["spec"]["template"]["metadata"].get("labels", {})
        hpas = [h for h in ov.objects("HorizontalPodAutoscaler").values()
                if h["spec"]["scaleTargetRef"].get("name") == name and h["spec"]["scaleTargetRef"].get("kind") == "Deployment"]
        if not hpas:
            ov.problem(f"Deployment/{name}", "has no HorizontalPodAutoscaler")
        for h in hpas:
            if h.get("apiVersion") != "autoscaling/v2" or not any(
                    m.get("resource", {}).get("name") == "cpu" for m in h["spec"].get("metrics", [])):
                ov.problem(f"HorizontalPodAutoscaler/{h['metadata']['name']}", "is not autoscaling/v2 on CPU")
        if not any(selects(p["spec"].get("selector", {}).get("matchLabels"), labels)
                   for p in ov.objects("PodDisruptionBudget").values()):
            ov.problem(f"Deployment/{name}", "has no PodDisruptionBudget")
    for name, ing in ov.objects("Ingress").items():
        for rule in ing["spec"].get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                svc = path["backend"].get("service", {}).get("name")
                if svc not in ov.objects("Service"):
                    ov.problem(f"Ingress/{name}", f"routes to Service {svc}, which is not in the output")
                elif svc != "gateway":
                    ov.problem(f"Ingress/{name}", f"routes to {svc}; everything public must go through the gateway")
        for tls in ing["spec"].get("tls", []):
            check_reference(ov, f"Ingress/{name}", "Secret", tls["secretName"])


def check_gateway_routes(ov, routes):
    routes_maps = [cm for n, cm in ov.objects("ConfigMap").items() if n.startswith("gateway-routes")]
    if len(routes_maps) != 1:
        ov.problem("ConfigMap/gateway-routes*", f"expected exactly one, found {len(routes_maps)}")
        return
    cm = routes_maps[0]
    if (cm.get("data") or {}).get("routes.conf") != routes:
        ov.problem(f"ConfigMap/{cm['metadata']['name']}", "routes.conf differs from deploy/gateway/routes.conf")
    gateway = ov.objects("Deployment").get("gateway")
    volumes = gateway["spec"]["template"]["spec"].get("volumes", []) if gateway else []
    if not any(v.get("configMap", {}).get("name") == cm["metadata"]["name"] for v in volumes):
        ov.problem("Deployment/gateway", f"does not mount ConfigMap {cm['metadata']['name']}")


def env_value(ov, dep, var):
    c = dep["spec"]["template"]["spec"]["containers"][0]
    for env in c.get("env", []):
        if env["name"] == var and "value" in env:
            return env["value"]
    value = None
    for src in c.get("envFrom", []):  # later sources win, as in Kubernetes
        cm = ov.objects("ConfigMap").get(src.get("configMapRef", {}).get("name"))
        if cm and var in (cm.get("data") or {}):
            value = cm["data"][var]
    return value


def check_production(ov):
    for name, secret in ov.objects("Secret").items():
        if secret.get("data") or secret.get("stringData"):
            ov.problem(f"Secret/{name}", "carries data; production Secrets must come from outside the manifests")
    for name in SIMULATORS:
        if name in ov.objects("Deployment"):
            ov.problem(f"Deployment/{name}", "is a test double and must not run in production")
    payment = ov.objects("Deployment").get("payment-service")
    if payment is not None and env_value(ov, payment, "STRIPE_API_BASE") != "https://api.stripe.com":
        ov.problem("Deployment/payment-service", "STRIPE_API_BASE is not https://api.stripe.com")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--routes", required=True)
    parser.add_argument("overlays", nargs="+", help="NAME=RENDERED_YAML[:EXTERNAL_SECRETS_FILE]")
    args = parser.parse_args()
    with open(args.routes, encoding="utf-8", newline="") as f:
        routes = f.read()

    total_objects, problems = 0, []
    for spec in args.overlays:
        name, files = spec.split("=", 1)
        rendered, _, external_file = files.partition(":")
        with open(rendered, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d]
        ov = Overlay(name, docs, load_external(external_file))
        for kind in POD_OWNERS:
            for obj_name, obj in ov.objects(kind).items():
                pod_spec = obj["spec"]["template"]["spec"]
                check_pod(ov, f"{kind}/{obj_name}", pod_spec)
                check_references(ov, f"{kind}/{obj_name}", pod_spec)
        check_services_and_scaling(ov)
        check_gateway_routes(ov, routes)
        if name == "production":
            check_production(ov)
        total_objects += len(docs)
        problems += ov.problems

    for p in problems:
        print(p)
    print(f"k8s: {len(args.overlays)} overlays, {total_objects} objects checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
