"""Vendor Cytoscape.js into the explorer's package data, from the npm registry.

``python -m talentgraph.graph.export.html.vendor`` (run from anywhere; needs ``npm``) packs
the pinned release with ``npm pack``, checks the tarball against the registry's integrity
hash pinned here, and copies the minified build and its MIT licence into ``assets/vendor/``
with ``vendor.json`` recording the version and each file's SHA-256.  The exported page
inlines those files, so it never loads anything from a CDN; a test checks the shipped files
still match ``vendor.json``.  To upgrade: change :data:`VERSION` and :data:`INTEGRITY`
(``npm view cytoscape@X dist.integrity``) and run the script.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

__all__ = ["FILES", "INTEGRITY", "PACKAGE", "VENDOR_DIR", "VERSION", "vendor"]

log = logging.getLogger(__name__)

PACKAGE = "cytoscape"
VERSION = "3.35.0"
INTEGRITY = ("sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5Sx"
             "YzUYlQ0DOJJ3g==")
#: tarball member -> file name in ``assets/vendor``
FILES = {"package/dist/cytoscape.min.js": "cytoscape.min.js",
         "package/LICENSE": "cytoscape.LICENSE"}
VENDOR_DIR = Path(__file__).resolve().parent / "assets" / "vendor"


def _check_integrity(tarball: Path) -> None:
    algorithm, _, expected = INTEGRITY.partition("-")
    digest = base64.b64encode(hashlib.new(algorithm, tarball.read_bytes()).digest()).decode()
    if digest != expected:
        raise RuntimeError(f"{tarball.name}: {algorithm} {digest} is not the pinned {expected}")


def vendor(target: Path = VENDOR_DIR) -> dict[str, str]:
    """Pack, check and copy the pinned release into ``target``; return ``{file: sha256}``."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp,
                       check=True, stdout=subprocess.DEVNULL)
        tarball = Path(tmp) / f"{PACKAGE}-{VERSION}.tgz"
        _check_integrity(tarball)
        target.mkdir(parents=True, exist_ok=True)
        hashes: dict[str, str] = {}
        with tarfile.open(tarball) as archive:
            for member, name in FILES.items():
                extracted = archive.extractfile(member)
                if extracted is None:
                    raise RuntimeError(f"{tarball.name} has no file {member}")
                data = extracted.read()
                (target / name).write_bytes(data)
                hashes[name] = hashlib.sha256(data).hexdigest()
    manifest = {"package": PACKAGE, "version": VERSION, "integrity": INTEGRITY,
                "license": "MIT", "files": hashes}
    (target / "vendor.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    log.info("vendored %s@%s into %s", PACKAGE, VERSION, target)
    return hashes


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    vendor()
    sys.exit(0)
