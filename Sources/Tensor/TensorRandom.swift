import Support

/// A seeded random generator for tensors (PyTorch's `torch.Generator`), built on Support's
/// Mersenne Twister. `TensorRandom.global` is the default one (`torch.manual_seed`); it is
/// thread-safe (each tensor-filling call takes the lock once). Sequences are reproducible for a seed
/// but not bit-identical to PyTorch's.
public final class TensorRandom: @unchecked Sendable {
    private var twister: MersenneTwister
    private let lock = ThreadLock()
    /// A cached second normal deviate from the Box–Muller transform.
    private var spareNormal: Double?

    /// The process-wide generator used when no generator is passed (seed 0 until `manualSeed`).
    public static let global = TensorRandom(seed: 0)

    /// Creates a generator with the given seed.
    public init(seed: UInt64) {
        twister = MersenneTwister()
        twister.seed(words: Self.words(seed))
    }

    /// Seeds the global generator (PyTorch's `torch.manual_seed`).
    public static func manualSeed(_ seed: UInt64) { global.manualSeed(seed) }

    /// Re-seeds this generator.
    public func manualSeed(_ seed: UInt64) {
        lock.locked {
            twister.seed(words: Self.words(seed))
            spareNormal = nil
        }
    }

    private static func words(_ seed: UInt64) -> [UInt32] {
        seed >> 32 == 0 ? [UInt32(truncatingIfNeeded: seed)]
            : [UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32)]
    }

    /// Runs `body` holding the lock, with a source of uniform and normal draws.
    public func withLock<R>(_ body: (inout Source) throws -> R) rethrows -> R {
        try lock.locked {
            var source = Source(twister: twister, spare: spareNormal)
            defer { twister = source.twister; spareNormal = source.spare }
            return try body(&source)
        }
    }

    /// Uniform and normal draws from a locked generator.
    public struct Source {
        var twister: MersenneTwister
        var spare: Double?

        /// A double uniform in [0, 1).
        @inline(__always) public mutating func uniform() -> Double { twister.nextDouble() }

        /// A standard normal deviate (Box–Muller).
        public mutating func normal() -> Double {
            if let s = spare { spare = nil; return s }
            var u1 = 0.0
            repeat { u1 = twister.nextDouble() } while u1 <= 0
            let u2 = twister.nextDouble()
            let r = (-2 * logValue(u1)).squareRoot()
            let theta = 2 * Double.pi * u2
            spare = r * sinValue(theta)
            return r * cosValue(theta)
        }

        /// An integer uniform in `0..<bound` (bound > 0).
        public mutating func integer(below bound: Int) -> Int {
            Swift.min(Int(twister.nextDouble() * Double(bound)), bound - 1)
        }
    }
}
