// OpenBLAS's CBLAS interface (Debian: libopenblas-dev), for the tensor engine's matrix products.
// Debian installs the header under the multiarch include directory; other systems put it in the
// plain include path.
#if __has_include(<x86_64-linux-gnu/cblas.h>)
#include <x86_64-linux-gnu/cblas.h>
#elif __has_include(<aarch64-linux-gnu/cblas.h>)
#include <aarch64-linux-gnu/cblas.h>
#else
#include <cblas.h>
#endif
