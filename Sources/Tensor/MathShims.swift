#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C math functions the engine uses outside the generic kernels, under names that do not clash
/// with Tensor's methods.
@inline(__always) func sinValue(_ x: Double) -> Double { sin(x) }
@inline(__always) func cosValue(_ x: Double) -> Double { cos(x) }
@inline(__always) func logValue(_ x: Double) -> Double { log(x) }
@inline(__always) func powValue(_ x: Double, _ y: Double) -> Double { pow(x, y) }

/// `snprintf` of one double (Python's float formatting agrees with C's for `%.Nf` and `%.Ne`).
func cFormat(_ value: Double, _ format: String) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    let n = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(decoding: buffer.prefix(Int(max(0, min(n, 63)))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
