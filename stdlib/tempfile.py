"""tempfile: temporary folders and files with unique names (mkdtemp, mkstemp-free subset)."""
import os
import random

tempdir = None
template = "tmp"


def gettempdir():
    """The folder for temporary files: $TMPDIR, $TEMP, $TMP or /tmp."""
    if tempdir is not None:
        return tempdir
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(name)
        if value:
            return value
    return "/tmp"


def _name(prefix, suffix):
    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
    return prefix + "".join(random.choice(letters) for _ in range(8)) + suffix


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder with a unique name and returns its absolute path."""
    base = gettempdir() if dir is None else dir
    for _ in range(100):
        path = os.path.join(base, _name(template if prefix is None else prefix, "" if suffix is None else suffix))
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


class TemporaryDirectory:
    """A temporary folder removed at the end of a `with` block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        import shutil
        shutil.rmtree(self.name, ignore_errors=True)
