"""raydp.utils: random_split."""


def random_split(df, weights, seed=None):
    """`df.randomSplit(weights, seed)`: disjoint frames, the same for a seed whatever the partitioning."""
    return df.randomSplit(weights, seed)
