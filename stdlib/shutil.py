"""shutil: removing folder trees and copying files (rmtree, copyfile, copy)."""
import os


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the folder `path` and everything in it."""
    try:
        names = os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for name in names:
        full = os.path.join(path, name)
        try:
            if os.path.isdir(full) and not os.path.islink(full):
                rmtree(full, ignore_errors)
            else:
                os.remove(full)
        except OSError:
            if not ignore_errors:
                raise
    try:
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def copyfile(src, dst):
    """Copies the bytes of file `src` to `dst`; returns `dst`."""
    with open(src, "rb") as source:
        data = source.read()
    with open(dst, "wb") as target:
        target.write(data)
    return dst


def copy(src, dst):
    """Copies file `src` to `dst` (a file or a folder); returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    return copyfile(src, dst)
