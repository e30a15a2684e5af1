"""torch.nn.utils: gradient clipping."""
import math
import torch


def _grads(parameters):
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    return [p.grad for p in parameters if p.grad is not None]


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False):
    """Scales the gradients so that their joint norm is at most max_norm; returns the norm before."""
    grads = _grads(parameters)
    if not grads:
        return torch.tensor(0.0)
    with torch.no_grad():
        if norm_type == float("inf"):
            total = torch.stack([g.abs().max() for g in grads]).max()
        else:
            total = torch.stack([(g.abs() ** norm_type).sum() for g in grads]).sum() ** (1.0 / norm_type)
        value = total.item()
        if error_if_nonfinite and (math.isnan(value) or math.isinf(value)):
            raise RuntimeError("The total norm of order " + str(float(norm_type)) + " for gradients from "
                               "`parameters` is non-finite, so it cannot be clipped.")
        coef = max_norm / (value + 1e-6)
        if coef < 1.0:
            for g in grads:
                g.mul_(coef)
    return total


def clip_grad_value_(parameters, clip_value):
    """Clamps every gradient element to [-clip_value, clip_value]."""
    with torch.no_grad():
        for g in _grads(parameters):
            g.clamp_(-clip_value, clip_value)
