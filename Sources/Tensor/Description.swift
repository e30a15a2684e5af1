/// PyTorch's `repr` of a tensor: `tensor([[1., 2.],\n        [3., 4.]])`, `tensor(3.5000)`, four
/// decimals, scientific notation when the magnitudes call for it, right-aligned columns, lines
/// wrapped at 80 characters, tensors above 1000 elements summarized with `...` (3 edge items), and
/// the `dtype=`, `requires_grad=True` / `grad_fn=<...>` suffixes.
/// As in PyTorch, a summarized tensor's number format and column width come from the shown items only.
extension Tensor: CustomStringConvertible {
    /// The PyTorch-style representation.
    public var description: String {
        let prefix = "tensor("
        var suffixes: [String] = []
        var body: String
        if count == 0 && rank > 0 {
            body = "[]"
            if shape != [0] { suffixes.append("size=(" + shape.map(String.init).joined(separator: ", ") + (rank == 1 ? ",)" : ")")) }
        } else {
            let summarize = count > 1000
            let formatter = ElementFormatter(self, indices: shownIndices(summarize: summarize))
            body = render(dim: 0, base: 0, indent: prefix.count, summarize: summarize, formatter)
        }
        if dtype != .float32 && dtype != .int64 { suffixes.append("dtype=\(dtype)") }
        if let gradFn { suffixes.append("grad_fn=<\(gradFn.name)>") } else if requiresGrad { suffixes.append("requires_grad=True") }
        if !suffixes.isEmpty { body += ", " + suffixes.joined(separator: ", ") }
        return prefix + body + ")"
    }

    /// The flat indices of the elements a (possibly summarized) repr shows.
    private func shownIndices(summarize: Bool) -> [Int] {
        guard summarize, rank > 0 else { return Array(0..<count) }
        var result: [Int] = []
        func walk(_ dim: Int, _ base: Int) {
            if dim == rank { result.append(base); return }
            let size = shape[dim], step = Shape.count(Array(shape[(dim + 1)...]))
            let picks = size > 6 ? Array(0..<3) + Array((size - 3)..<size) : Array(0..<size)
            for i in picks { walk(dim + 1, base + i * step) }
        }
        walk(0, 0)
        return result
    }

    private func render(dim: Int, base: Int, indent: Int, summarize: Bool, _ f: ElementFormatter) -> String {
        if rank == 0 { return f.format(element(at: 0), int: dtype == .int64 ? pointer(Int64.self)[0] : nil) }
        let size = shape[dim]
        let step = Shape.count(Array(shape[(dim + 1)...]))
        let edge = 3
        let elided = summarize && size > 2 * edge
        let indices: [Int?] = elided ? Array(0..<edge) + [nil] + Array((size - edge)..<size) : Array(0..<size)
        if dim == rank - 1 {
            let items = indices.map { i -> String in
                guard let i else { return " ..." }
                return f.format(element(at: base + i), int: dtype == .int64 ? pointer(Int64.self)[base + i] : nil)
            }
            let perLine = Swift.max(1, (80 - indent) / (f.width + 2))
            var lines: [String] = []
            var start = 0
            while start < items.count {
                lines.append(items[start..<Swift.min(start + perLine, items.count)].joined(separator: ", "))
                start += perLine
            }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        let slices = indices.map { i -> String in
            guard let i else { return "..." }
            return render(dim: dim + 1, base: base + i * step, indent: indent + 1, summarize: summarize, f)
        }
        let remaining = rank - dim
        let separator = "," + String(repeating: "\n", count: remaining - 1) + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }
}

/// PyTorch's `_Formatter`: chooses integer, fixed (4 decimals) or scientific mode and a common width.
private struct ElementFormatter {
    let floating: Bool
    var intMode = true
    var sciMode = false
    var width = 1

    init(_ t: Tensor, indices: [Int]) {
        floating = t.dtype.isFloatingPoint
        if !floating {
            let p = t.pointer(Int64.self)
            for i in indices { width = Swift.max(width, String(p[i]).count) }
            return
        }
        var values: [Double] = []
        for i in indices {
            let v = t.element(at: i)
            if v.isFinite && v != 0 { values.append(v) }
        }
        guard !values.isEmpty else { return }
        let magnitudes = values.map { Swift.abs($0) }
        guard let lo = magnitudes.min(), let hi = magnitudes.max() else { return }
        intMode = values.allSatisfy { $0 == $0.rounded(.up) }
        if intMode {
            if hi / lo > 1000 || hi > 1e8 {
                sciMode = true
                for v in values { width = Swift.max(width, Self.scientific(v).count) }
            } else {
                for v in values { width = Swift.max(width, Self.fixed(v, 0).count + 1) }
            }
        } else if hi / lo > 1000 || hi > 1e8 || lo < 1e-4 {
            sciMode = true
            for v in values { width = Swift.max(width, Self.scientific(v).count) }
        } else {
            for v in values { width = Swift.max(width, Self.fixed(v, 4).count) }
        }
    }

    func format(_ value: Double, int: Int64?) -> String {
        var s: String
        if !floating {
            s = String(int ?? Int64(value))
        } else if sciMode {
            s = Self.scientific(value)
        } else if intMode {
            s = Self.fixed(value, 0)
            if value.isFinite { s += "." }
        } else {
            s = Self.fixed(value, 4)
        }
        return String(repeating: " ", count: Swift.max(0, width - s.count)) + s
    }

    /// Python's `f"{v:.{digits}f}"` (round half to even on the binary value, `inf`, `nan`).
    static func fixed(_ v: Double, _ digits: Int) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return cFormat(v, "%.\(digits)f")
    }

    /// Python's `f"{v:.4e}"`: `1.2346e+05`.
    static func scientific(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return cFormat(v, "%.4e")
    }
}
