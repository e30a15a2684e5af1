/// The MT19937 generator with CPython's seeding, so `random.seed(n)` gives CPython's sequence.
///
/// The algorithm is Matsumoto and Nishimura's reference generator (init_genrand, init_by_array,
/// genrand_int32). Every engine that needs seeded randomness (random, sampling, weight init) uses it.
public struct MersenneTwister: Sendable {
    private static let n = 624
    private static let m = 397
    /// The 624 words of state.
    public private(set) var state: [UInt32]
    /// The index of the next word to temper; 624 means "regenerate first".
    public private(set) var index: Int

    /// Creates a generator seeded with the 32-bit value 5489, as the reference code does.
    public init() {
        state = Array(repeating: 0, count: Self.n)
        index = Self.n + 1
        seed(word: 5489)
    }

    /// Creates a generator from saved state words and index (CPython's `setstate`).
    public init?(state: [UInt32], index: Int) {
        guard state.count == Self.n, index >= 0, index <= Self.n else { return nil }
        self.state = state
        self.index = index
    }

    /// Seeds from a single 32-bit word (init_genrand).
    public mutating func seed(word: UInt32) {
        state[0] = word
        for i in 1..<Self.n {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    /// Seeds from an array of 32-bit words (init_by_array), least significant word first.
    public mutating func seed(words key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        seed(word: 19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<max(Self.n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    /// The next 32 random bits (genrand_int32).
    public mutating func nextWord() -> UInt32 {
        if index >= Self.n { regenerate() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// A double in [0, 1) with 53 random bits, exactly as CPython's `random()`.
    public mutating func nextDouble() -> Double {
        let a = Double(nextWord() >> 5)
        let b = Double(nextWord() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    private mutating func regenerate() {
        let upper: UInt32 = 0x8000_0000
        let lower: UInt32 = 0x7FFF_FFFF
        for k in 0..<Self.n {
            let y = (state[k] & upper) | (state[(k + 1) % Self.n] & lower)
            var value = state[(k + Self.m) % Self.n] ^ (y >> 1)
            if y & 1 != 0 { value ^= 0x9908_B0DF }
            state[k] = value
        }
        index = 0
    }
}
