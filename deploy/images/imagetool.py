#!/usr/bin/env python3
"""Daemonless helpers for Connect's container images (docker-archive tars, the `docker save` format Jib reads
as a `tar://` base image and writes for `docker load`).

  imagetool.py pack ROOTFS OUT.tar --tag connect/jre17-base:T [--env K=V].. [--user U] [--workdir D]
                [--label K=V].. [--owner PATH=UID:GID]..   one-layer image from a directory, reproducible
  imagetool.py inspect IMAGE.tar [--check]   layers, sizes, tags and config (user, entrypoint, env, ports);
                                             --check fails unless non-root, JVM container flags, pinned tag
  imagetool.py extract IMAGE.tar DIR         the image's filesystem (layers applied in order)
  imagetool.py exec ROOTFS IMAGE.tar [-e K=V]..   chroot into ROOTFS and exec the image's entrypoint as its user,
                                             in its working directory with its environment (run by smoke.sh
                                             inside `unshare`, as root)
"""
import argparse
import datetime
import gzip
import hashlib
import json
import os
import shutil
import sys
import tarfile

EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
JVM_CONTAINER_FLAGS = ("-XX:MaxRAMPercentage=", "-XX:+ExitOnOutOfMemoryError")


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def key_value(text):
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


# ---------------------------------------------------------------------------------------------------- pack

def write_layer(rootfs, layer_path, owners):
    """Every file of ROOTFS in a tar, sorted, root-owned unless listed in owners, fixed mtime."""
    paths = []
    for dirpath, dirnames, filenames in os.walk(rootfs):  # symlinks to directories are listed, not followed
        rel_dir = os.path.relpath(dirpath, rootfs)
        paths += [os.path.normpath(os.path.join(rel_dir, name)) for name in dirnames + filenames]
    with tarfile.open(layer_path, "w", format=tarfile.PAX_FORMAT) as tar:
        for arcname in sorted(paths):
            path = os.path.join(rootfs, arcname)
            info = tar.gettarinfo(path, arcname)
            info.uid, info.gid = owners.get(arcname, (0, 0))
            info.uname = info.gname = ""
            info.mtime = EPOCH
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)


def pack(args):
    owners = {}
    for path, spec in args.owner:
        uid, _, gid = spec.partition(":")
        owners[path.strip("/")] = (int(uid), int(gid or uid))
    work = args.out + ".work"
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    layer = os.path.join(work, "layer.tar")
    write_layer(args.rootfs, layer, owners)
    diff_id = sha256_file(layer)
    os.makedirs(os.path.join(work, diff_id))
    os.replace(layer, os.path.join(work, diff_id, "layer.tar"))

    created = datetime.datetime.fromtimestamp(EPOCH, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": created,
        "config": {
            "User": args.user,
            "Env": [f"{k}={v}" for k, v in args.env],
            "WorkingDir": args.workdir,
            "Labels": dict(args.label),
        },
        "rootfs": {"type": "layers", "diff_ids": [f"sha256:{diff_id}"]},
        "history": [{"created": created, "created_by": "deploy/images/base-image.sh"}],
    }
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    with open(os.path.join(work, config_name), "wb") as f:
        f.write(config_bytes)
    manifest = [{"Config": config_name, "RepoTags": [args.tag], "Layers": [f"{diff_id}/layer.tar"]}]
    with open(os.path.join(work, "manifest.json"), "w") as f:
        json.dump(manifest, f)

    with tarfile.open(args.out + ".tmp", "w", format=tarfile.PAX_FORMAT) as out:
        for name in ("manifest.json", config_name, diff_id, f"{diff_id}/layer.tar"):
            info = out.gettarinfo(os.path.join(work, name), name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = EPOCH
            if info.isreg():
                with open(os.path.join(work, name), "rb") as f:
                    out.addfile(info, f)
            else:
                out.addfile(info)
    os.replace(args.out + ".tmp", args.out)
    shutil.rmtree(work)
    print(f"{args.tag}: {os.path.getsize(args.out) / 1e6:.1f} MB, image id sha256:{config_name[:-5]}")


# ------------------------------------------------------------------------------------------------- reading

class Image:
    """A docker-archive tar: manifest.json, the config JSON and the layer tars (gzip or plain)."""

    def __init__(self, path):
        self.path = path
        self.tar = tarfile.open(path)
        manifest = json.load(self.tar.extractfile("manifest.json"))
        if len(manifest) != 1:
            raise SystemExit(f"{path}: expected one image in manifest.json, found {len(manifest)}")
        self.manifest = manifest[0]
        self.config_name = self.manifest["Config"]
        self.config = json.load(self.tar.extractfile(self.config_name))
        self.layers = self.manifest["Layers"]

    @property
    def image_id(self):
        return "sha256:" + hashlib.sha256(self.tar.extractfile(self.config_name).read()).hexdigest()

    @property
    def run_config(self):
        return self.config.get("config") or {}

    def layer_stream(self, name):
        raw = self.tar.extractfile(name)
        head = raw.read(2)
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw

    def layer_size(self, name):
        return self.tar.getmember(name).size

    def layer_unpacked_size(self, name):
        with tarfile.open(fileobj=self.layer_stream(name), mode="r|") as layer:
            return sum(member.size for member in layer if member.isreg())


def human(size):
    return f"{size / 1e6:.1f} MB"


def inspect(args):
    image = Image(args.image)
    cfg = image.run_config
    print(f"image     {args.image}")
    print(f"tags      {', '.join(image.manifest.get('RepoTags') or ['(none)'])}")
    print(f"id        {image.image_id}")
    digest_file = os.path.join(os.path.dirname(os.path.abspath(args.image)), "jib-image.digest")
    if os.path.exists(digest_file):
        print(f"digest    {open(digest_file).read().strip()}  (registry manifest, from jib-image.digest)")
    history = [h for h in image.config.get("history", []) if not h.get("empty_layer")]
    total_packed = total_unpacked = 0
    print("layers")
    for i, name in enumerate(image.layers):
        packed, unpacked = image.layer_size(name), image.layer_unpacked_size(name)
        total_packed += packed
        total_unpacked += unpacked
        made_by = history[i].get("created_by", "") if i < len(history) else ""
        print(f"  {i + 1:2d}  {human(packed):>9} packed  {human(unpacked):>9} unpacked  {made_by}")
    print(f"size      {human(total_packed)} packed, {human(total_unpacked)} unpacked")
    print(f"user      {cfg.get('User') or '(root)'}")
    print(f"workdir   {cfg.get('WorkingDir') or '/'}")
    print(f"entrypoint {json.dumps(cfg.get('Entrypoint'))}")
    print(f"cmd       {json.dumps(cfg.get('Cmd'))}")
    print(f"ports     {' '.join(sorted(cfg.get('ExposedPorts') or {})) or '(none)'}")
    for env in cfg.get("Env") or []:
        print(f"env       {env}")
    for key, value in sorted((cfg.get("Labels") or {}).items()):
        print(f"label     {key}={value}")
    if args.check:
        problems = check(image)
        for problem in problems:
            print(f"PROBLEM   {problem}", file=sys.stderr)
        if problems:
            raise SystemExit(1)
        print("check     ok: non-root user, JVM container flags, pinned tag, exposed port")


def check(image):
    cfg = image.run_config
    problems = []
    user = (cfg.get("User") or "").split(":")[0]
    if user in ("", "0", "root"):
        problems.append(f"runs as root (User={cfg.get('User')!r})")
    command = " ".join((cfg.get("Entrypoint") or []) + (cfg.get("Cmd") or []))
    tool_options = " ".join(e.partition("=")[2] for e in cfg.get("Env") or [] if e.startswith("JAVA_TOOL_OPTIONS="))
    for flag in JVM_CONTAINER_FLAGS:
        if flag not in command and flag not in tool_options:
            problems.append(f"JVM flag {flag} missing from the entrypoint")
    for tag in image.manifest.get("RepoTags") or ["(none)"]:
        if ":" not in tag.rsplit("/", 1)[-1] or tag.endswith(":latest"):
            problems.append(f"tag {tag} is not pinned")
    if not cfg.get("ExposedPorts"):
        problems.append("no exposed port")
    return problems


def extract(args):
    image = Image(args.image)
    shutil.rmtree(args.dir, ignore_errors=True)
    os.makedirs(args.dir)
    for name in image.layers:
        with tarfile.open(fileobj=image.layer_stream(name), mode="r|") as layer:
            for member in layer:
                base = os.path.basename(member.name)
                if base.startswith(".wh."):  # whiteouts: a later layer deletes a file of an earlier one
                    target = os.path.join(args.dir, os.path.dirname(member.name), base[4:])
                    if base == ".wh..wh..opq":
                        target = os.path.join(args.dir, os.path.dirname(member.name))
                        for child in os.listdir(target):
                            remove(os.path.join(target, child))
                    else:
                        remove(target)
                    continue
                existing = os.path.join(args.dir, member.name)
                if os.path.lexists(existing) and not (member.isdir() and os.path.isdir(existing)):
                    remove(existing)
                extract_member(layer, member, args.dir)
    print(f"{args.image} -> {args.dir}")


def extract_member(layer, member, dest):
    # Our own images: keep owners and modes exactly (sticky /tmp, uid 185), as a container runtime would.
    try:
        layer.extract(member, dest, set_attrs=True, filter="fully_trusted")
    except TypeError:  # Python without extraction filters
        layer.extract(member, dest, set_attrs=True)


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


# ---------------------------------------------------------------------------------------------------- exec

def resolve_user(rootfs, user):
    name, _, group = (user or "0").partition(":")
    uid = gid = None
    if name.isdigit():
        uid = int(name)
    with open(os.path.join(rootfs, "etc/passwd")) as passwd:
        for line in passwd:
            fields = line.strip().split(":")
            if len(fields) >= 4 and (fields[0] == name or (uid is not None and fields[2] == str(uid))):
                uid, gid = int(fields[2]), int(fields[3])
                break
    if uid is None:
        raise SystemExit(f"user {user!r} is not in the image's /etc/passwd")
    if group:
        gid = int(group)
    return uid, uid if gid is None else gid


def find_executable(rootfs, program, path):
    if "/" in program:
        return program
    for directory in path.split(":"):
        if os.access(os.path.join(rootfs, directory.lstrip("/"), program), os.X_OK):
            return os.path.join(directory, program)
    raise SystemExit(f"{program} not found on the image's PATH {path}")


def exec_entrypoint(args):
    cfg = Image(args.image).run_config
    env = dict(e.partition("=")[::2] for e in cfg.get("Env") or [])
    env.update(dict(args.env))
    argv = (cfg.get("Entrypoint") or []) + (cfg.get("Cmd") or [])
    if not argv:
        raise SystemExit("the image has no entrypoint")
    uid, gid = resolve_user(args.rootfs, cfg.get("User"))
    program = find_executable(args.rootfs, argv[0], env.get("PATH", "/usr/bin:/bin"))
    print(f"exec as {uid}:{gid} in {cfg.get('WorkingDir') or '/'}: {' '.join(argv)}", flush=True)
    os.chroot(args.rootfs)
    os.chdir(cfg.get("WorkingDir") or "/")
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    os.execve(program, argv, env)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("pack")
    p.add_argument("rootfs")
    p.add_argument("out")
    p.add_argument("--tag", required=True)
    p.add_argument("--env", type=key_value, action="append", default=[])
    p.add_argument("--label", type=key_value, action="append", default=[])
    p.add_argument("--owner", type=key_value, action="append", default=[])
    p.add_argument("--user", default="")
    p.add_argument("--workdir", default="/")
    p.set_defaults(run=pack)

    p = sub.add_parser("inspect")
    p.add_argument("image")
    p.add_argument("--check", action="store_true")
    p.set_defaults(run=inspect)

    p = sub.add_parser("extract")
    p.add_argument("image")
    p.add_argument("dir")
    p.set_defaults(run=extract)

    p = sub.add_parser("exec")
    p.add_argument("rootfs")
    p.add_argument("image")
    p.add_argument("-e", "--env", type=key_value, action="append", default=[])
    p.set_defaults(run=exec_entrypoint)

    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
