"""torch.optim.Optimizer: parameter groups over native optimizers (one per group)."""
import _torch
import torch


class Optimizer:
    """Base of the optimizers. `param_groups` is a list of dicts holding "params" and the options;
    `param_groups[i]["lr"]` may be changed (by a scheduler or by hand) between steps."""

    _kind = None

    def __init__(self, params, defaults):
        self.defaults = defaults
        self.param_groups = []
        self.state = {}
        self._native = []
        if isinstance(params, torch.Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of Tensors or dicts, "
                            "but got torch.FloatTensor")
        groups = list(params)
        if len(groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for group in groups:
            self.add_param_group(group)

    def add_param_group(self, param_group):
        """Adds a group of parameters, with options defaulting to the optimizer's."""
        group = dict(param_group)
        params = group["params"]
        if isinstance(params, torch.Tensor):
            params = [params]
        else:
            params = list(params)
        for p in params:
            if not isinstance(p, torch.Tensor):
                raise TypeError("optimizer can only optimize Tensors, but one of the params is " + type(p).__name__)
            if not p.is_leaf:
                raise ValueError("can't optimize a non-leaf Tensor")
        seen = set()
        for other in self.param_groups:
            for p in other["params"]:
                seen.add(id(p))
        for p in params:
            if id(p) in seen:
                raise ValueError("some parameters appear in more than one parameter group")
        group["params"] = params
        for key, value in self.defaults.items():
            if key not in group:
                group[key] = value
        self.param_groups.append(group)
        self._native.append(_torch.optimizer(self._kind, [p._t for p in params], self._options(group)))

    def _options(self, group):
        raise NotImplementedError

    def zero_grad(self, set_to_none=True):
        """Resets the gradients of every parameter (to None, or to zeros)."""
        for group in self.param_groups:
            for p in group["params"]:
                if set_to_none:
                    _torch.set_grad(p._t, None)
                else:
                    g = _torch.grad(p._t)
                    if g is not None:
                        _torch.inplace("zero_", g, None)

    def step(self, closure=None):
        """Updates the parameters from their gradients; `closure` re-evaluates the loss first."""
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group, native in zip(self.param_groups, self._native):
            _torch.optimizer_set_lr(native, float(group["lr"]))
            _torch.optimizer_step(native)
        return loss

    def __repr__(self):
        text = type(self).__name__ + " ("
        for i, group in enumerate(self.param_groups):
            text += "\nParameter Group " + str(i) + "\n"
            for key in sorted(group.keys()):
                if key != "params":
                    text += "    " + key + ": " + str(group[key]) + "\n"
        return text + ")"


def _check(condition, message):
    if not condition:
        raise ValueError(message)
