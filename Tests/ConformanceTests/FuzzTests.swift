import Foundation
import Testing

/// Deterministic generator for the fuzzer (SplitMix64), so every run tries the same programs.
struct FuzzRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes broken and unusual programs: mutations of the corpus programs and random token soups.
struct ProgramMutator {
    var random: FuzzRandom

    /// Tokens that stress the lexer, the parser and the compiler.
    static let fragments = [
        "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", ":=", "*", "**", "->", "@", "\\", "\n", "\t", "    ",
        "'", "\"", "'''", "f'{", "}'", "#", "lambda", "yield", "yield from", "return", "await", "async", "global x",
        "nonlocal x", "del", "if", "else", "elif", "while", "for", "in", "not", "is", "and", "or", "try:", "except:",
        "finally:", "with", "as", "class", "def", "pass", "break", "continue", "raise", "import", "from", "None", "True",
        "0", "1", "-1", "1e999", "0x", "1_", "1.5j", "2**64", "'\\x'", "b'\\xff'", "\u{00e9}", "\u{1F600}", "\0",
        "x", "self", "super()", "__class__", "*args", "**kw", "[:]", "[::-1]", "...", "print(", "len(", "iter(",
    ]

    /// A copy of `source` with a few random edits.
    mutating func mutate(_ source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = Int.random(in: 1...3, using: &random)
        for _ in 0..<edits where !lines.isEmpty {
            let index = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: Int.random(in: 0...lines.count, using: &random))
            case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
            case 3: lines[index] = insertFragment(into: lines[index])
            case 4: lines[index] = deleteSpan(of: lines[index])
            case 5: lines[index] = "    " + lines[index]
            case 6: lines[index] = String(lines[index].drop { $0 == " " })
            default: lines = Array(lines.prefix(index)) + [String(lines[index].prefix(Int.random(in: 0...lines[index].count, using: &random)))]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A line of random fragments.
    mutating func tokenSoup() -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &random) {
            text += Self.fragments.randomElement(using: &random)! + (Bool.random(using: &random) ? " " : "")
        }
        return text
    }

    private mutating func insertFragment(into line: String) -> String {
        var characters = Array(line)
        let position = Int.random(in: 0...characters.count, using: &random)
        characters.insert(contentsOf: Self.fragments.randomElement(using: &random)!, at: position)
        return String(characters)
    }

    private mutating func deleteSpan(of line: String) -> String {
        guard !line.isEmpty else { return line }
        var characters = Array(line)
        let start = Int.random(in: 0..<characters.count, using: &random)
        let end = min(characters.count, start + Int.random(in: 1...6, using: &random))
        characters.removeSubrange(start..<end)
        return String(characters)
    }
}

/// Feeds thousands of mutated and random programs through lexer, parser, compiler and VM (each
/// within a step budget, in its own process) and requires that every one ends with a result, a
/// Python exception or a syntax error, never a crash or a hang.
@Suite("Fuzzing")
struct FuzzTests {
    static let batchCount = 16
    static let mutantsPerBatch = 160
    static let soupsPerBatch = 30

    /// Seed programs: the corpus, minus those that sleep or read stdin (they cannot hang, but they
    /// only slow the fuzzer down).
    static let seeds: [String] = CorpusProgram.all.compactMap { program in
        guard let source = try? String(contentsOfFile: program.path, encoding: .utf8),
              !source.contains("sleep"), !source.contains("input(") else { return nil }
        return source
    }

    /// Whether a run ended the way a Python program may end: any exit status it chose (through
    /// `sys.exit`, an uncaught exception or a syntax error), never a signal or a Swift runtime trap.
    /// An uncaught exception must end its traceback with a `TypeName: message` line.
    static func endedProperly(_ result: PrismProcess.Result) -> Bool {
        if result.signaled || result.stderr.contains("Fatal error") { return false }
        if result.status == 1, result.stderr.contains("Traceback (most recent call last):") {
            // The exception's line is the first unindented line after the last frame (its message
            // may span several lines).
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            guard let lastIndented = lines.lastIndex(where: { $0.hasPrefix("  ") }), lastIndented + 1 < lines.count else {
                return false
            }
            let name = lines[lastIndented + 1].prefix { $0 != ":" }
            return !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        }
        return true
    }

    @Test("Mutated and random programs never crash the interpreter", arguments: 0..<batchCount)
    func batch(index: Int) throws {
        var mutator = ProgramMutator(random: FuzzRandom(state: UInt64(index) &* 0x5851_F42D_4C95_7F2D &+ 1))
        var programs: [String] = []
        for _ in 0..<Self.mutantsPerBatch where !Self.seeds.isEmpty {
            programs.append(mutator.mutate(Self.seeds.randomElement(using: &mutator.random)!))
        }
        for _ in 0..<Self.soupsPerBatch { programs.append(mutator.tokenSoup()) }

        let directory = try PrismProcess.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fuzz.py")
        for (number, program) in programs.enumerated() {
            try program.write(to: path, atomically: true, encoding: .utf8)
            let result: PrismProcess.Result
            do {
                result = try PrismProcess.run(["run", "--step-budget", "200000", path.path], in: directory, timeout: 60)
            } catch {
                Issue.record("batch \(index) program \(number) did not finish:\n\(program)")
                continue
            }
            if !Self.endedProperly(result) {
                Issue.record("batch \(index) program \(number) ended with status \(result.status), stderr \(result.stderr.suffix(300)):\n\(program)")
            }
        }
    }
}
