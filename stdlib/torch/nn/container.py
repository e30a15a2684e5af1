"""torch.nn containers: Sequential and ModuleList."""
from collections import OrderedDict
from torch.nn.module import Module


class Sequential(Module):
    """Modules applied one after the other: `Sequential(Linear(9, 64), ReLU(), ...)` or from an OrderedDict."""

    def __init__(self, *args):
        super().__init__()
        if len(args) == 1 and isinstance(args[0], OrderedDict):
            for key, module in args[0].items():
                self.add_module(key, module)
        else:
            for i, module in enumerate(args):
                self.add_module(str(i), module)

    def _index(self, idx, n):
        if not -n <= idx < n:
            raise IndexError("index " + str(idx) + " is out of range")
        return idx % n

    def __getitem__(self, idx):
        keys = list(self._modules.keys())
        if isinstance(idx, slice):
            return Sequential(OrderedDict([(k, self._modules[k]) for k in keys[idx]]))
        return self._modules[keys[self._index(idx, len(keys))]]

    def __setitem__(self, idx, module):
        keys = list(self._modules.keys())
        self.add_module(keys[self._index(idx, len(keys))], module)

    def __delitem__(self, idx):
        keys = list(self._modules.keys())
        targets = keys[idx] if isinstance(idx, slice) else [keys[self._index(idx, len(keys))]]
        for key in targets:
            del self._modules[key]
        remaining = list(self._modules.values())
        self._modules.clear()
        for i, module in enumerate(remaining):
            self._modules[str(i)] = module

    def __len__(self):
        return len(self._modules)

    def __iter__(self):
        return iter(list(self._modules.values()))

    def append(self, module):
        """Adds a module at the end."""
        self.add_module(str(len(self)), module)
        return self

    def forward(self, input):
        """Applies each module in turn."""
        for module in self._modules.values():
            input = module(input)
        return input


class ModuleList(Module):
    """A list of modules, registered as submodules `0`, `1`, ..."""

    def __init__(self, modules=None):
        super().__init__()
        if modules is not None:
            self.extend(modules)

    def __getitem__(self, idx):
        values = list(self._modules.values())
        if isinstance(idx, slice):
            return ModuleList(values[idx])
        if not -len(values) <= idx < len(values):
            raise IndexError("index " + str(idx) + " is out of range")
        return values[idx]

    def __setitem__(self, idx, module):
        keys = list(self._modules.keys())
        self.add_module(keys[idx], module)

    def __len__(self):
        return len(self._modules)

    def __iter__(self):
        return iter(list(self._modules.values()))

    def append(self, module):
        """Adds a module at the end."""
        self.add_module(str(len(self)), module)
        return self

    def extend(self, modules):
        """Adds modules at the end."""
        for module in modules:
            self.append(module)
        return self


class ModuleDict(Module):
    """A dict of modules, registered under their keys."""

    def __init__(self, modules=None):
        super().__init__()
        if modules is not None:
            self.update(modules)

    def __getitem__(self, key):
        return self._modules[key]

    def __setitem__(self, key, module):
        self.add_module(key, module)

    def __len__(self):
        return len(self._modules)

    def __iter__(self):
        return iter(list(self._modules.keys()))

    def __contains__(self, key):
        return key in self._modules

    def keys(self):
        """The keys."""
        return self._modules.keys()

    def values(self):
        """The modules."""
        return self._modules.values()

    def items(self):
        """(key, module) pairs."""
        return self._modules.items()

    def update(self, modules):
        """Adds the modules of a dict or of (key, module) pairs."""
        pairs = modules.items() if isinstance(modules, dict) else modules
        for key, module in pairs:
            self.add_module(key, module)
