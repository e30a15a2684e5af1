/// Allocator settings for an interpreter process. Python programs allocate many small objects and
/// grow large arrays step by step; glibc's defaults return memory to the kernel eagerly and serve
/// arrays above 128 KiB with fresh `mmap`s, so the same pages are faulted in again and again.
/// Keeping freed memory in the heap and growing it in larger steps saves 5-10% on
/// allocation-heavy scripts (measured on `bench/interp/str_fmt.py`).
public enum MemoryTuning {
    /// Applies the settings; call once, before the interpreter starts.
    public static func apply() {
        #if os(Linux)
        // glibc's <malloc.h> is not part of Swift's Glibc module: M_TRIM_THRESHOLD is -1,
        // M_TOP_PAD -2, M_MMAP_THRESHOLD -3.
        _ = glibcMallopt(-3, 256 << 20)
        _ = glibcMallopt(-1, 512 << 20)
        _ = glibcMallopt(-2, 64 << 20)
        #endif
    }
}

#if os(Linux)
/// glibc's `int mallopt(int param, int value)`.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
