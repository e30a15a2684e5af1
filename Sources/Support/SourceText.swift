/// A named source text (a script, a notebook cell) with its lines indexed, for error messages.
public final class SourceText: Sendable {
    /// The name shown in tracebacks, e.g. a path or `nb.nb.md, cell "train"`.
    public let name: String
    /// The text as UTF-8 bytes.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0]` is line 1.
    public let lineStarts: [Int]
    /// The number added to a line number of this text to get the line in the file it came from.
    public let lineOffset: Int

    /// Indexes `text` under `name`; `lineOffset` shifts reported line numbers (a cell inside a file).
    public init(name: String, text: String, lineOffset: Int = 0) {
        self.name = name
        self.bytes = Array(text.utf8)
        self.lineOffset = lineOffset
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The text of a 1-based line without its line break, or "" when out of range.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Converts a byte column on a line into a column counted in characters (Unicode scalars).
    public func characterColumn(line number: Int, byteColumn: Int) -> Int {
        guard number >= 1, number <= lineStarts.count else { return byteColumn }
        let start = lineStarts[number - 1]
        let end = min(start + max(byteColumn, 0), bytes.count)
        var count = 0
        for byte in bytes[start..<end] where byte & 0xC0 != 0x80 {
            count += 1
        }
        return count
    }
}
