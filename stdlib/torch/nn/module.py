"""torch.nn.Module: the base of layers and models, with parameter registration by assignment."""
from collections import OrderedDict
import _torch
import torch
from torch import Tensor, _wrap
from torch.nn.parameter import Parameter


def _addindent(text, spaces):
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    first = lines.pop(0)
    return first + "\n" + "\n".join([" " * spaces + line for line in lines])


class _IncompatibleKeys(tuple):
    """What `load_state_dict` returns: `(missing_keys, unexpected_keys)`."""

    def __new__(cls, missing_keys, unexpected_keys):
        result = tuple.__new__(cls, (missing_keys, unexpected_keys))
        result.missing_keys = missing_keys
        result.unexpected_keys = unexpected_keys
        return result

    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return ("_IncompatibleKeys(missing_keys=" + repr(self.missing_keys) +
                ", unexpected_keys=" + repr(self.unexpected_keys) + ")")


class Module:
    """Base class of all layers and models: assigning a Parameter or a Module to an attribute
    registers it; `model(x)` calls `forward`."""

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_buffers", OrderedDict())
        object.__setattr__(self, "_non_persistent", set())
        object.__setattr__(self, "_modules", OrderedDict())
        object.__setattr__(self, "training", True)

    # -- registration --------------------------------------------------------------------------
    def _registry(self, name):
        d = self.__dict__
        if name not in d:
            raise AttributeError("cannot assign parameters or modules before Module.__init__() call")
        return d[name]

    def _forget(self, name):
        d = self.__dict__
        if name in d:
            object.__delattr__(self, name)
        for registry in ("_parameters", "_buffers", "_modules"):
            if registry in d and name in d[registry]:
                del d[registry][name]

    def __setattr__(self, name, value):
        d = self.__dict__
        if isinstance(value, Parameter):
            params = self._registry("_parameters")
            self._forget(name)
            params[name] = value
        elif isinstance(value, Module):
            modules = self._registry("_modules")
            self._forget(name)
            modules[name] = value
        elif "_parameters" in d and name in d["_parameters"]:
            if value is not None:
                raise TypeError("cannot assign '" + type(value).__name__ + "' as parameter '" + name +
                                "' (torch.nn.Parameter or None expected)")
            d["_parameters"][name] = None
        elif "_modules" in d and name in d["_modules"]:
            if value is not None:
                raise TypeError("cannot assign '" + type(value).__name__ + "' as child module '" + name +
                                "' (torch.nn.Module or None expected)")
            d["_modules"][name] = None
        elif "_buffers" in d and name in d["_buffers"]:
            if value is not None and not isinstance(value, Tensor):
                raise TypeError("cannot assign '" + type(value).__name__ + "' as buffer '" + name +
                                "' (torch.Tensor or None expected)")
            d["_buffers"][name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        d = self.__dict__
        for registry in ("_parameters", "_buffers", "_modules"):
            if registry in d and name in d[registry]:
                return d[registry][name]
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __delattr__(self, name):
        d = self.__dict__
        for registry in ("_parameters", "_buffers", "_modules"):
            if registry in d and name in d[registry]:
                del d[registry][name]
                return
        object.__delattr__(self, name)

    def register_parameter(self, name, param):
        """Registers a Parameter (or None) under `name`."""
        if param is not None and not isinstance(param, Parameter):
            raise TypeError("cannot assign '" + type(param).__name__ + "' object to parameter '" + name +
                            "' (torch.nn.Parameter or None required)")
        params = self._registry("_parameters")
        self._forget(name)
        params[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        """Registers a tensor (or None) that is state but not a parameter (e.g. running statistics)."""
        buffers = self._registry("_buffers")
        self._forget(name)
        buffers[name] = tensor
        if persistent:
            self._non_persistent.discard(name)
        else:
            self._non_persistent.add(name)

    def add_module(self, name, module):
        """Registers a child module (or None) under `name`."""
        if module is not None and not isinstance(module, Module):
            raise TypeError(type(module).__name__ + " is not a Module subclass")
        modules = self._registry("_modules")
        self._forget(name)
        modules[name] = module

    register_module = add_module

    def get_submodule(self, target):
        """The submodule at a dotted path."""
        module = self
        if target == "":
            return module
        for part in target.split("."):
            module = module._modules[part]
        return module

    # -- traversal -----------------------------------------------------------------------------
    def named_modules(self, memo=None, prefix="", remove_duplicate=True):
        """(dotted name, module) for this module and every submodule, depth first."""
        if memo is None:
            memo = set()
        if remove_duplicate:
            if id(self) in memo:
                return
            memo.add(id(self))
        yield prefix, self
        for name, module in self._modules.items():
            if module is None:
                continue
            sub = prefix + "." + name if prefix else name
            for item in module.named_modules(memo, sub, remove_duplicate):
                yield item

    def modules(self):
        """This module and every submodule."""
        for _, module in self.named_modules():
            yield module

    def named_children(self):
        """(name, module) for the direct children."""
        seen = set()
        for name, module in self._modules.items():
            if module is not None and id(module) not in seen:
                seen.add(id(module))
                yield name, module

    def children(self):
        """The direct child modules."""
        for _, module in self.named_children():
            yield module

    def _named_members(self, registry, prefix, recurse):
        seen = set()
        modules = self.named_modules(prefix=prefix) if recurse else [(prefix, self)]
        for module_prefix, module in modules:
            for name, value in module.__dict__[registry].items():
                if value is None or id(value) in seen:
                    continue
                seen.add(id(value))
                yield (module_prefix + "." + name if module_prefix else name), value

    def named_parameters(self, prefix="", recurse=True):
        """(dotted name, Parameter) for every parameter, without duplicates."""
        return self._named_members("_parameters", prefix, recurse)

    def parameters(self, recurse=True):
        """Every parameter, without duplicates."""
        for _, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self, prefix="", recurse=True):
        """(dotted name, tensor) for every buffer."""
        return self._named_members("_buffers", prefix, recurse)

    def buffers(self, recurse=True):
        """Every buffer."""
        for _, b in self.named_buffers(recurse=recurse):
            yield b

    def apply(self, fn):
        """Calls fn on every submodule (children first) and on self; returns self."""
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    # -- modes and gradients -------------------------------------------------------------------
    def train(self, mode=True):
        """Sets training mode (affects Dropout and BatchNorm) on this module and its submodules."""
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        object.__setattr__(self, "training", mode)
        for module in self.children():
            module.train(mode)
        return self

    def eval(self):
        """Sets evaluation mode: `train(False)`."""
        return self.train(False)

    def requires_grad_(self, requires_grad=True):
        """Sets `requires_grad` on every parameter."""
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none=True):
        """Resets the gradients of every parameter (to None, or to zeros)."""
        for p in self.parameters():
            if set_to_none:
                _torch.set_grad(p._t, None)
            else:
                g = _torch.grad(p._t)
                if g is not None:
                    _torch.inplace("zero_", g, None)

    # -- conversion ----------------------------------------------------------------------------
    def to(self, *args, **kwargs):
        """Converts floating point parameters and buffers to a dtype; the device must be the CPU."""
        target = kwargs.get("dtype")
        for a in list(args) + [kwargs.get("device")]:
            if isinstance(a, torch.dtype):
                target = a
            elif isinstance(a, Tensor):
                target = a.dtype
            elif isinstance(a, (str, torch.device)):
                torch.device(a)
        if target is None:
            return self
        if not target.is_floating_point:
            raise TypeError("nn.Module.to only accepts floating point dtypes, but got desired dtype=" + repr(target))
        name = torch._dtype_name(target)
        for module in self.modules():
            for key, p in module._parameters.items():
                if p is not None and p.dtype.is_floating_point and p.dtype != target:
                    flag = p.requires_grad
                    p._t = _torch.to(_torch.detach(p._t), name)
                    _torch.set_requires_grad(p._t, flag)
            for key, b in module._buffers.items():
                if b is not None and b.dtype.is_floating_point and b.dtype != target:
                    module._buffers[key] = b.to(target)
        return self

    def float(self):
        """Converts floating point parameters and buffers to float32."""
        return self.to(torch.float32)

    def double(self):
        """Converts floating point parameters and buffers to float64."""
        return self.to(torch.float64)

    def cpu(self):
        """Self: everything lives on the CPU."""
        return self

    def type(self, dst_type):
        """Converts to `dst_type`."""
        return self.to(dst_type)

    # -- state ---------------------------------------------------------------------------------
    def _state_entries(self, prefix, out):
        for name, p in self._parameters.items():
            if p is not None:
                out.append((prefix + name, p))
        for name, b in self._buffers.items():
            if b is not None and name not in self._non_persistent:
                out.append((prefix + name, b))
        for name, module in self._modules.items():
            if module is not None:
                module._state_entries(prefix + name + ".", out)
        return out

    def state_dict(self, destination=None, prefix="", keep_vars=False):
        """An OrderedDict of every parameter and persistent buffer, by dotted name."""
        if destination is None:
            destination = OrderedDict()
        for name, value in self._state_entries(prefix, []):
            destination[name] = value if keep_vars else _wrap(_torch.detach(value._t))
        return destination

    def load_state_dict(self, state_dict, strict=True, assign=False):
        """Copies parameters and buffers from `state_dict`; with strict=True, the keys must match."""
        own = self._state_entries("", [])
        own_names = set([name for name, _ in own])
        missing = []
        errors = []
        previous = _torch.set_grad_enabled(False)
        try:
            for name, target in own:
                if name not in state_dict:
                    missing.append(name)
                    continue
                value = state_dict[name]
                if not isinstance(value, Tensor):
                    errors.append('While copying the parameter named "' + name + '", expected torch.Tensor or '
                                  'Tensor-like object from checkpoint but received ' + str(type(value)))
                    continue
                if value.shape != target.shape:
                    errors.append("size mismatch for " + name + ": copying a param with shape " + repr(value.shape) +
                                  " from checkpoint, the shape in current model is " + repr(target.shape) + ".")
                    continue
                _torch.inplace("copy_", target._t, value._t)
        finally:
            _torch.set_grad_enabled(previous)
        unexpected = [name for name in state_dict.keys() if name not in own_names]
        if strict:
            if unexpected:
                errors.insert(0, "Unexpected key(s) in state_dict: " + ", ".join(['"' + k + '"' for k in unexpected]) + ". ")
            if missing:
                errors.insert(0, "Missing key(s) in state_dict: " + ", ".join(['"' + k + '"' for k in missing]) + ". ")
        if errors:
            raise RuntimeError("Error(s) in loading state_dict for " + type(self).__name__ + ":\n\t" + "\n\t".join(errors))
        return _IncompatibleKeys(missing, unexpected)

    # -- calling and printing ------------------------------------------------------------------
    def forward(self, *args, **kwargs):
        """The computation; subclasses define it."""
        raise NotImplementedError('Module [' + type(self).__name__ + '] is missing the required "forward" function')

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def extra_repr(self):
        """The text inside the parentheses of this module's repr (subclasses override)."""
        return ""

    def _get_name(self):
        return type(self).__name__

    def __repr__(self):
        extra = self.extra_repr()
        extra_lines = extra.split("\n") if extra else []
        child_lines = []
        for key, module in self._modules.items():
            child_lines.append("(" + key + "): " + _addindent(repr(module), 2))
        lines = extra_lines + child_lines
        text = self._get_name() + "("
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                text += extra_lines[0]
            else:
                text += "\n  " + "\n  ".join(lines) + "\n"
        return text + ")"

    def __dir__(self):
        names = list(self.__dict__.keys()) + list(self._parameters.keys()) + list(self._modules.keys()) + list(self._buffers.keys())
        return sorted(set(names) | set(dir(type(self))))
