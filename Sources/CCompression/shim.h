// Snappy (libsnappy-dev), Zstandard (libzstd-dev) and zlib (zlib1g-dev) for Parquet pages.
#include <snappy-c.h>
#include <zstd.h>
#include <zlib.h>
