"""torch.optim's algorithms: SGD, Adam, AdamW and RMSprop (the updates run natively)."""
from torch.optim.optimizer import Optimizer, _check


class SGD(Optimizer):
    """Stochastic gradient descent with optional momentum, dampening, weight decay and Nesterov."""

    _kind = "sgd"

    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False, fused=None):
        _check(lr >= 0.0, "Invalid learning rate: {}".format(lr))
        _check(momentum >= 0.0, "Invalid momentum value: {}".format(momentum))
        _check(weight_decay >= 0.0, "Invalid weight_decay value: {}".format(weight_decay))
        if maximize:
            raise NotImplementedError("maximize=True is not supported by Prism's optimizers")
        defaults = dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                        nesterov=nesterov, maximize=maximize, foreach=foreach, differentiable=differentiable,
                        fused=fused)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)

    def _options(self, group):
        return {"lr": float(group["lr"]), "momentum": float(group["momentum"]),
                "dampening": float(group["dampening"]), "weight_decay": float(group["weight_decay"]),
                "nesterov": bool(group["nesterov"])}


class Adam(Optimizer):
    """Adam (with optional L2 weight decay and AMSGrad)."""

    _kind = "adam"

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None):
        _check(lr >= 0.0, "Invalid learning rate: {}".format(lr))
        _check(eps >= 0.0, "Invalid epsilon value: {}".format(eps))
        _check(0.0 <= betas[0] < 1.0, "Invalid beta parameter at index 0: {}".format(betas[0]))
        _check(0.0 <= betas[1] < 1.0, "Invalid beta parameter at index 1: {}".format(betas[1]))
        _check(weight_decay >= 0.0, "Invalid weight_decay value: {}".format(weight_decay))
        if maximize:
            raise NotImplementedError("maximize=True is not supported by Prism's optimizers")
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                        maximize=maximize, foreach=foreach, capturable=capturable,
                        differentiable=differentiable, fused=fused)
        super().__init__(params, defaults)

    def _options(self, group):
        betas = group["betas"]
        return {"lr": float(group["lr"]), "betas": (float(betas[0]), float(betas[1])), "eps": float(group["eps"]),
                "weight_decay": float(group["weight_decay"]), "amsgrad": bool(group["amsgrad"])}


class AdamW(Adam):
    """Adam with decoupled weight decay."""

    _kind = "adamw"

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):
        super().__init__(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                         maximize=maximize, foreach=foreach, capturable=capturable,
                         differentiable=differentiable, fused=fused)


class RMSprop(Optimizer):
    """RMSprop (with optional momentum, centering and weight decay)."""

    _kind = "rmsprop"

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        _check(lr >= 0.0, "Invalid learning rate: {}".format(lr))
        _check(eps >= 0.0, "Invalid epsilon value: {}".format(eps))
        _check(momentum >= 0.0, "Invalid momentum value: {}".format(momentum))
        _check(weight_decay >= 0.0, "Invalid weight_decay value: {}".format(weight_decay))
        _check(alpha >= 0.0, "Invalid alpha value: {}".format(alpha))
        if maximize:
            raise NotImplementedError("maximize=True is not supported by Prism's optimizers")
        defaults = dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                        weight_decay=weight_decay, capturable=capturable, foreach=foreach, maximize=maximize,
                        differentiable=differentiable)
        super().__init__(params, defaults)

    def _options(self, group):
        return {"lr": float(group["lr"]), "alpha": float(group["alpha"]), "eps": float(group["eps"]),
                "weight_decay": float(group["weight_decay"]), "momentum": float(group["momentum"]),
                "centered": bool(group["centered"])}
