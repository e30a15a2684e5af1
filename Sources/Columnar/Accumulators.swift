/// The running state of one aggregate function over many groups (indexed by group number), which
/// can absorb rows and merge another partition's state.
struct Accumulator {
    let function: AggregateFunction
    let inputType: DataType?
    let resultType: DataType
    var counts: [Int64] = []
    var ints: [Int64] = []
    var doubles: [Double] = []
    var means: [Double] = []
    var m2: [Double] = []
    var scalars: [Scalar] = []
    var seen: [Bool] = []
    var sets: [Set<Scalar>] = []

    init(_ function: AggregateFunction, inputType: DataType?) {
        self.function = function
        self.inputType = inputType
        resultType = function.resultType(inputType)
    }

    /// Whether the function keeps integer sums/min/max.
    private var integral: Bool { inputType?.physical == .int || inputType?.physical == .bool }

    /// Makes room for groups up to `count`.
    mutating func grow(to count: Int) {
        guard counts.count < count else { return }
        let extra = count - counts.count
        counts.append(contentsOf: repeatElement(0, count: extra))
        seen.append(contentsOf: repeatElement(false, count: extra))
        switch function {
        case .count: break
        case .sum, .min, .max:
            if integral { ints.append(contentsOf: repeatElement(0, count: extra)) }
            else if inputType?.physical == .double { doubles.append(contentsOf: repeatElement(0, count: extra)) }
            else { scalars.append(contentsOf: repeatElement(.null, count: extra)) }
        case .avg: doubles.append(contentsOf: repeatElement(0, count: extra))
        case .stddev, .stddevPop, .variance, .variancePop:
            means.append(contentsOf: repeatElement(0, count: extra))
            m2.append(contentsOf: repeatElement(0, count: extra))
        case .first, .last: scalars.append(contentsOf: repeatElement(.null, count: extra))
        case .countDistinct, .sumDistinct: sets.append(contentsOf: repeatElement([], count: extra))
        }
    }

    /// Adds physical rows `rows` of `input` (nil for count(*)) to groups `groups` (one per row).
    mutating func update(_ input: Column?, rows: UnsafeBufferPointer<Int32>?, groups: [Int32], count: Int) {
        @inline(__always) func row(_ k: Int) -> Int { rows.map { Int($0[k]) } ?? k }
        guard let input else {
            for k in 0 ..< count { counts[Int(groups[k])] += 1 }
            return
        }
        let validity = input.validity
        switch (function, input.values) {
        case (.count, _):
            for k in 0 ..< count where validity?.isValid(row(k)) ?? true { counts[Int(groups[k])] += 1 }
        case (.sum, .ints(let v)):
            v.withUnsafeBufferPointer { v in
                for k in 0 ..< count {
                    let r = row(k)
                    guard validity?.isValid(r) ?? true else { continue }
                    let g = Int(groups[k]); ints[g] &+= v[r]; seen[g] = true
                }
            }
        case (.sum, .doubles(let v)), (.avg, .doubles(let v)):
            v.withUnsafeBufferPointer { v in
                for k in 0 ..< count {
                    let r = row(k)
                    guard validity?.isValid(r) ?? true else { continue }
                    let g = Int(groups[k]); doubles[g] += v[r]; counts[g] += 1; seen[g] = true
                }
            }
        case (.avg, .ints(let v)):
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                let g = Int(groups[k]); doubles[g] += Double(v[r]); counts[g] += 1; seen[g] = true
            }
        case (.min, .ints(let v)), (.max, .ints(let v)):
            let isMin = function == .min
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                let g = Int(groups[k])
                if !seen[g] || (isMin ? v[r] < ints[g] : v[r] > ints[g]) { ints[g] = v[r]; seen[g] = true }
            }
        case (.min, .doubles(let v)), (.max, .doubles(let v)):
            let isMin = function == .min
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                let g = Int(groups[k])
                if !seen[g] || (isMin ? Accumulator.less(v[r], doubles[g]) : Accumulator.less(doubles[g], v[r])) { doubles[g] = v[r]; seen[g] = true }
            }
        case (.stddev, .doubles(let v)), (.stddevPop, .doubles(let v)), (.variance, .doubles(let v)), (.variancePop, .doubles(let v)):
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                welford(Int(groups[k]), v[r])
            }
        case (.stddev, .ints(let v)), (.stddevPop, .ints(let v)), (.variance, .ints(let v)), (.variancePop, .ints(let v)):
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                welford(Int(groups[k]), Double(v[r]))
            }
        case (.first, _):
            for k in 0 ..< count {
                let g = Int(groups[k])
                if !seen[g] { scalars[g] = input.scalar(at: row(k)); seen[g] = true }
            }
        case (.last, _):
            for k in 0 ..< count { let g = Int(groups[k]); scalars[g] = input.scalar(at: row(k)); seen[g] = true }
        case (.countDistinct, _), (.sumDistinct, _):
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                var value = input.scalar(at: r)
                if case .double(let d) = value, d == 0 { value = .double(0) }
                sets[Int(groups[k])].insert(value)
                seen[Int(groups[k])] = true
            }
        default:
            // min/max/sum over strings or booleans: compare scalars.
            for k in 0 ..< count {
                let r = row(k)
                guard validity?.isValid(r) ?? true else { continue }
                let g = Int(groups[k])
                let value = input.scalar(at: r)
                if !seen[g] || (function == .min ? Accumulator.less(value, scalars[g]) : Accumulator.less(scalars[g], value)) {
                    scalars[g] = value
                }
                seen[g] = true
            }
        }
    }

    @inline(__always) private mutating func welford(_ g: Int, _ x: Double) {
        counts[g] += 1
        let delta = x - means[g]
        means[g] += delta / Double(counts[g])
        m2[g] += delta * (x - means[g])
        seen[g] = true
    }

    /// Folds group `from` of `other` into group `into` of this accumulator.
    mutating func merge(_ other: Accumulator, from: Int, into g: Int) {
        guard other.seen[from] || function == .count else { return }
        switch function {
        case .count: counts[g] += other.counts[from]
        case .sum:
            if integral { ints[g] &+= other.ints[from] } else { doubles[g] += other.doubles[from] }
            counts[g] += other.counts[from]
        case .avg: doubles[g] += other.doubles[from]; counts[g] += other.counts[from]
        case .min, .max:
            let isMin = function == .min
            if integral {
                if !seen[g] || (isMin ? other.ints[from] < ints[g] : other.ints[from] > ints[g]) { ints[g] = other.ints[from] }
            } else if inputType?.physical == .double {
                if !seen[g] || (isMin ? Accumulator.less(other.doubles[from], doubles[g]) : Accumulator.less(doubles[g], other.doubles[from])) { doubles[g] = other.doubles[from] }
            } else {
                if !seen[g] || (isMin ? Accumulator.less(other.scalars[from], scalars[g]) : Accumulator.less(scalars[g], other.scalars[from])) { scalars[g] = other.scalars[from] }
            }
        case .stddev, .stddevPop, .variance, .variancePop:
            let n1 = Double(counts[g]), n2 = Double(other.counts[from])
            let n = n1 + n2
            let delta = other.means[from] - means[g]
            means[g] += delta * n2 / n
            m2[g] += other.m2[from] + delta * delta * n1 * n2 / n
            counts[g] += other.counts[from]
        case .first: if !seen[g] { scalars[g] = other.scalars[from] }
        case .last: scalars[g] = other.scalars[from]
        case .countDistinct, .sumDistinct: sets[g].formUnion(other.sets[from])
        }
        seen[g] = true
    }

    /// The results of groups `0 ..< count`.
    func finish(count: Int) -> Column {
        var builder = ColumnBuilder(type: resultType, capacity: count)
        for g in 0 ..< count {
            switch function {
            case .count: builder.append(counts[g])
            case .countDistinct: builder.append(Int64(sets[g].count))
            case .sumDistinct:
                if sets[g].isEmpty { builder.appendNull(); continue }
                if resultType == .int64 { builder.append(sets[g].reduce(Int64(0)) { $0 &+ ($1.intValue ?? 0) }) }
                else { builder.append(sets[g].reduce(0.0) { $0 + ($1.doubleValue ?? 0) }) }
            case .sum:
                guard seen[g] else { builder.appendNull(); continue }
                if integral { builder.append(ints[g]) } else { builder.append(doubles[g]) }
            case .avg:
                guard seen[g], counts[g] > 0 else { builder.appendNull(); continue }
                builder.append(doubles[g] / Double(counts[g]))
            case .min, .max:
                guard seen[g] else { builder.appendNull(); continue }
                if integral { builder.append(.int(ints[g])) }
                else if inputType?.physical == .double { builder.append(doubles[g]) }
                else { builder.append(scalars[g]) }
            case .stddev, .variance:
                guard seen[g] else { builder.appendNull(); continue }
                // Spark 3.5 (non-legacy): the sample statistic of one row is null... it returns NaN
                // only with spark.sql.legacy.statisticalAggregate; by default null.
                guard counts[g] > 1 else { builder.appendNull(); continue }
                let variance = m2[g] / Double(counts[g] - 1)
                builder.append(function == .stddev ? variance.squareRoot() : variance)
            case .stddevPop, .variancePop:
                guard seen[g], counts[g] > 0 else { builder.appendNull(); continue }
                let variance = m2[g] / Double(counts[g])
                builder.append(function == .stddevPop ? variance.squareRoot() : variance)
            case .first, .last:
                builder.append(scalars[g])
            }
        }
        return builder.finish()
    }

    /// Approximate bytes held.
    var byteSize: Int { (counts.count + ints.count + doubles.count + means.count + m2.count) * 8 + scalars.count * 24 + seen.count }

    /// Spark's double order: NaN above everything.
    @inline(__always) static func less(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN { return false }
        if b.isNaN { return true }
        return a < b
    }

    static func less(_ a: Scalar, _ b: Scalar) -> Bool {
        switch (a, b) {
        case (.null, _): return false
        case (_, .null): return true
        case (.int(let x), .int(let y)): return x < y
        case (.double(let x), .double(let y)): return less(x, y)
        case (.string(let x), .string(let y)): return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        case (.bool(let x), .bool(let y)): return !x && y
        default: return (a.doubleValue ?? 0) < (b.doubleValue ?? 0)
        }
    }
}
