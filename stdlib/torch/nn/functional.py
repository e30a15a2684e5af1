"""torch.nn.functional: activations, dropout, linear and the losses as functions."""
import _torch
import torch
from torch import Tensor, _wrap


def relu(input, inplace=False):
    """max(x, 0)."""
    return _wrap(_torch.unary("relu", input._t))


def leaky_relu(input, negative_slope=0.01, inplace=False):
    """x if x >= 0 else negative_slope * x."""
    return _wrap(_torch.leaky_relu(input._t, negative_slope))


def sigmoid(input):
    """1 / (1 + exp(-x))."""
    return _wrap(_torch.unary("sigmoid", input._t))


def tanh(input):
    """The hyperbolic tangent."""
    return _wrap(_torch.unary("tanh", input._t))


def logsigmoid(input):
    """log(sigmoid(x)), computed stably."""
    return _wrap(_torch.unary("log_sigmoid", input._t))


def _implicit_dim(ndim):
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, dtype=None):
    """exp(x) / sum(exp(x)) along `dim`."""
    if dtype is not None:
        input = input.to(dtype)
    if dim is None:
        dim = _implicit_dim(input.ndim)
    return _wrap(_torch.softmax(input._t, dim))


def log_softmax(input, dim=None, dtype=None):
    """log(softmax(x)) along `dim`, computed stably."""
    if dtype is not None:
        input = input.to(dtype)
    if dim is None:
        dim = _implicit_dim(input.ndim)
    return _wrap(_torch.log_softmax(input._t, dim))


def dropout(input, p=0.5, training=True, inplace=False):
    """Zeroes each element with probability p (in training) and scales the rest by 1 / (1 - p)."""
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got " + str(p))
    if not training or p == 0.0:
        return input
    if p == 1.0:
        return input * 0.0
    dtype_name = _torch.info(input._t)[1]
    shape = list(_torch.info(input._t)[0])
    keep = _torch.binary("lt", _torch.rand(shape, dtype_name, False), 1.0 - p)
    mask = _torch.binary("mul", _torch.to(keep, dtype_name), 1.0 / (1.0 - p))
    return _wrap(_torch.binary("mul", input._t, mask))


def linear(input, weight, bias=None):
    """input @ weight.T + bias."""
    return _wrap(_torch.linear(input._t, weight._t, None if bias is None else bias._t))


def _check_reduction(reduction):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(reduction + " is not a valid value for reduction")


def _loss(name, input, target, reduction, option=None):
    _check_reduction(reduction)
    return _wrap(_torch.loss(name, input._t, target._t, reduction, option))


def _reduce(losses, reduction):
    if reduction == "mean":
        return losses.mean()
    if reduction == "sum":
        return losses.sum()
    return losses


def mse_loss(input, target, reduction="mean"):
    """The mean (or sum) of squared differences."""
    return _loss("mse", input, target, reduction)


def l1_loss(input, target, reduction="mean"):
    """The mean (or sum) of absolute differences."""
    return _loss("l1", input, target, reduction)


def smooth_l1_loss(input, target, reduction="mean", beta=1.0):
    """Huber-like loss: 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta."""
    return _loss("smooth_l1", input, target, reduction, float(beta))


def binary_cross_entropy(input, target, weight=None, reduction="mean"):
    """-(y log p + (1 - y) log(1 - p)) over probabilities p."""
    if weight is None:
        return _loss("bce", input, target, reduction)
    _check_reduction(reduction)
    return _reduce(_loss("bce", input, target, "none") * weight, reduction)


def binary_cross_entropy_with_logits(input, target, weight=None, reduction="mean", pos_weight=None):
    """Binary cross entropy over logits (sigmoid applied inside, stably)."""
    if weight is None and pos_weight is None:
        return _loss("bce_with_logits", input, target, reduction)
    _check_reduction(reduction)
    if pos_weight is None:
        losses = _loss("bce_with_logits", input, target, "none")
    else:
        losses = -(pos_weight * target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        losses = losses * weight
    return _reduce(losses, reduction)


def nll_loss(input, target, weight=None, ignore_index=-100, reduction="mean"):
    """The negative log likelihood of the target classes, given log-probabilities."""
    if weight is None:
        return _loss("nll", input, target, reduction)
    _check_reduction(reduction)
    losses = _loss("nll", input, target, "none")
    w = _wrap(_torch.index(weight._t, [("tensor", target._t)]))
    losses = losses * w
    if reduction == "mean":
        return losses.sum() / w.sum()
    return _reduce(losses, reduction)


def cross_entropy(input, target, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    """log_softmax over the classes (dim 1) then nll_loss; targets are class indices or probabilities."""
    if target.dtype.is_floating_point:
        _check_reduction(reduction)
        logp = log_softmax(input, 1)
        if label_smoothing:
            target = target * (1.0 - label_smoothing) + label_smoothing / input.size(1)
        terms = target * logp
        if weight is not None:
            terms = terms * weight.reshape([1, -1] + [1] * (input.ndim - 2))
        return _reduce(-terms.sum(1), reduction)
    if label_smoothing:
        _check_reduction(reduction)
        logp = log_softmax(input, 1)
        nll = nll_loss(logp, target, weight, ignore_index, "none")
        if weight is not None:
            smooth = -(logp * weight.reshape([1, -1] + [1] * (input.ndim - 2))).sum(1)
        else:
            smooth = -logp.sum(1)
        losses = nll * (1.0 - label_smoothing) + smooth * (label_smoothing / input.size(1))
        if reduction == "mean" and weight is not None:
            w = _wrap(_torch.index(weight._t, [("tensor", target._t)]))
            return losses.sum() / w.sum()
        return _reduce(losses, reduction)
    if weight is None:
        return _loss("cross_entropy", input, target, reduction)
    return nll_loss(log_softmax(input, 1), target, weight, ignore_index, reduction)
