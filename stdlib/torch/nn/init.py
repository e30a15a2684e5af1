"""torch.nn.init: in-place initialisation of tensors (PyTorch's formulas)."""
import math
import _torch
import torch


def calculate_gain(nonlinearity, param=None):
    """The recommended gain for a nonlinearity."""
    if nonlinearity in ("linear", "conv1d", "conv2d", "conv3d", "sigmoid"):
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError("Unsupported nonlinearity " + str(nonlinearity))


def _fans(tensor):
    shape = list(tensor.shape)
    if len(shape) < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    receptive = 1
    for s in shape[2:]:
        receptive *= s
    return shape[1] * receptive, shape[0] * receptive


def _init(kind, tensor, a, b):
    _torch.init(kind, tensor._t, a, b)
    return tensor


def uniform_(tensor, a=0.0, b=1.0):
    """Fills with U(a, b) samples."""
    return _init("uniform", tensor, float(a), float(b))


def normal_(tensor, mean=0.0, std=1.0):
    """Fills with N(mean, std^2) samples."""
    return _init("normal", tensor, float(mean), float(std))


def constant_(tensor, val):
    """Fills with `val`."""
    return _init("constant", tensor, val, None)


def zeros_(tensor):
    """Fills with 0."""
    return _init("zeros", tensor, None, None)


def ones_(tensor):
    """Fills with 1."""
    return _init("ones", tensor, None, None)


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    """He initialisation: U(-bound, bound) with bound = gain * sqrt(3 / fan)."""
    if mode == "fan_in" and nonlinearity == "leaky_relu":
        return _init("kaiming_uniform", tensor, float(a), None)
    fan_in, fan_out = _fans(tensor)
    fan = fan_in if mode == "fan_in" else fan_out
    bound = calculate_gain(nonlinearity, a) * math.sqrt(3.0 / fan)
    return _init("uniform", tensor, -bound, bound)


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    """He initialisation: N(0, std^2) with std = gain / sqrt(fan)."""
    fan_in, fan_out = _fans(tensor)
    fan = fan_in if mode == "fan_in" else fan_out
    return _init("normal", tensor, 0.0, calculate_gain(nonlinearity, a) / math.sqrt(fan))


def xavier_uniform_(tensor, gain=1.0):
    """Glorot initialisation: U(-a, a) with a = gain * sqrt(6 / (fan_in + fan_out))."""
    return _init("xavier_uniform", tensor, float(gain), None)


def xavier_normal_(tensor, gain=1.0):
    """Glorot initialisation: N(0, std^2) with std = gain * sqrt(2 / (fan_in + fan_out))."""
    fan_in, fan_out = _fans(tensor)
    return _init("normal", tensor, 0.0, gain * math.sqrt(2.0 / (fan_in + fan_out)))
