"""torch.nn.Parameter: a tensor that a Module registers as one of its parameters."""
import _torch
import torch
from torch import Tensor


class Parameter(Tensor):
    """A tensor that requires grad by default and that Modules register on attribute assignment."""

    def __init__(self, data=None, requires_grad=True):
        if data is None:
            data = torch.empty(0)
        handle = _torch.detach(data._t)
        _torch.set_requires_grad(handle, bool(requires_grad))
        self._t = handle
        self._is_bool = False

    def __repr__(self):
        return "Parameter containing:\n" + _torch.repr(self._t)
