"""torch.utils: `torch.utils.data` (datasets and loaders)."""
from torch.utils import data
