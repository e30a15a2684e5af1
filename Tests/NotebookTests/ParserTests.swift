import Testing
@testable import Notebook

/// The `.nb.md` format: front matter, cells and their options, prose kept byte for byte.
@Suite("Notebook format")
struct NotebookFormatTests {
    static let sample = """
    ---
    title: Taxi fares
    seed: 42
    secrets: [API_KEY]
    ---
    # Taxi

    Some prose with a `python` word.

    ```python {#params .params}
    rows = 100   # how many rows
    lr = 0.5
    name = "taxi"
    ```

    ## Load data
    ```python
    data = list(range(rows))
    ```

    ```sql
    select 1
    ```

    ```python {#train timeout=5 echo=false error=continue}
    len(data)
    ```
    """

    @Test("Cells, names, options and the front matter are read")
    func parsesSample() throws {
        let notebook = try NotebookParser.parse(Self.sample + "\n", path: "taxi.nb.md")
        #expect(notebook.frontMatter.title == "Taxi fares")
        #expect(notebook.frontMatter.seed == 42)
        #expect(notebook.frontMatter.secrets == ["API_KEY"])
        #expect(notebook.cells.map(\.name) == ["params", "load-data-1", "train"])
        let train = try #require(notebook.cell(named: "train"))
        #expect(train.options.timeout == 5)
        #expect(train.options.echo == false)
        #expect(train.options.continueOnError)
        #expect(train.source == "len(data)\n")
        #expect(notebook.parametersCell?.name == "params")
    }

    @Test("Prose and cells together reproduce the file byte for byte")
    func keepsEveryByte() throws {
        let text = Self.sample + "\n\nTrailing prose\n"
        let notebook = try NotebookParser.parse(text, path: "t.nb.md")
        var rebuilt = "---\n" + notebook.frontMatter.raw + "\n---\n"
        for block in notebook.blocks {
            switch block {
            case .prose(let prose): rebuilt += prose
            case .cell(let cell): rebuilt += cell.fence + "\n" + cell.source + cell.closingFence + "\n"
            }
        }
        #expect(rebuilt == text)
    }

    @Test("Malformed notebooks are reported with their line", arguments: [
        ("```python\nx = 1\n", 1, "never closed"),
        ("---\ntitle: x\n", 1, "front matter"),
        ("```python {#a timeout=soon}\nx\n```\n", 1, "timeout"),
        ("```python {#a bogus=1}\nx\n```\n", 1, "unknown cell option"),
        ("```python {#a}\nx\n```\n```python {#a}\ny\n```\n", 4, "already used"),
        ("```python {#a\nx\n```\n", 1, "closing `}`"),
        ("---\ntitle: [a\n---\n", 2, "unclosed"),
        ("```python {#p .params}\nx = 1\n```\n```python {#q .params}\ny = 2\n```\n", 4, "at most one"),
    ])
    func reportsErrors(text: String, line: Int, fragment: String) {
        do {
            _ = try NotebookParser.parse(text, path: "bad.nb.md")
            Issue.record("parsed \(text.debugDescription)")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test("The parameters cell is read without running it")
    func readsParameters() throws {
        let notebook = try NotebookParser.parse(Self.sample + "\n", path: "taxi.nb.md")
        let parameters = try Parameters.read(try #require(notebook.parametersCell), path: "taxi.nb.md")
        #expect(parameters.map(\.name) == ["rows", "lr", "name"])
        #expect(parameters.map(\.kind) == [.int, .float, .str])
        #expect(parameters[0].comment == "how many rows")
        #expect(parameters[2].defaultLiteral == "\"taxi\"")
    }

    @Test("Parameters cells hold literal assignments only", arguments: ["x = f(1)\n", "x += 1\n", "a, b = 1, 2\n", "print(1)\n", "x = y\n"])
    func rejectsCode(source: String) {
        let cell = Cell(name: "params", options: { var o = CellOptions(); o.classes = ["params"]; return o }(),
                        source: source, fence: "```python {#params .params}", closingFence: "```", fenceLine: 3)
        #expect(throws: NotebookError.self) { try Parameters.read(cell, path: "p.nb.md") }
    }

    @Test("-p values are converted to the default's type or rejected", arguments: [
        ("int", "5_000", "5000"), ("int", "-7", "-7"), ("float", "2", "2.0"), ("float", "1e-3", "1e-3"),
        ("bool", "true", "True"), ("bool", "0", "False"), ("str", "it's", "'it\\'s'"), ("list", "[1, 2]", "[1, 2]"),
    ])
    func convertsOverrides(kind: String, text: String, literal: String) throws {
        let parameter = Parameter(name: "p", defaultLiteral: "x", kind: ParameterKind(rawValue: kind)!, comment: nil)
        #expect(try Parameters.literal(for: text, of: parameter) == literal)
    }

    @Test("-p values of the wrong type are errors", arguments: [("int", "1.5"), ("int", "ten"), ("float", "x"), ("bool", "maybe"), ("list", "{1: 2}")])
    func rejectsOverrides(kind: String, text: String) {
        let parameter = Parameter(name: "p", defaultLiteral: "x", kind: ParameterKind(rawValue: kind)!, comment: nil)
        #expect(throws: ParameterError.self) { try Parameters.literal(for: text, of: parameter) }
    }
}
