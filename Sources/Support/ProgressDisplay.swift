#if canImport(Glibc)
import Glibc
#endif

/// Live progress for long work — stage bars, epoch bars, trial counters — drawn on the terminal's
/// stderr and nowhere else: when stderr is not a terminal (CI logs, reports, pipes) nothing is
/// drawn at all. Any engine or thread may report; drawing is throttled to ten frames a second.
public final class ProgressDisplay: @unchecked Sendable {
    /// The display of this process.
    public static let shared = ProgressDisplay()

    struct Task {
        var label: String
        var total: Int?
        var completed: Int
        var detail: String
        var started: Double
    }

    private var lock = pthread_mutex_t()
    private var tasks: [(id: Int, task: Task)] = []
    private var nextIdentifier = 1
    private var drawnLines = 0
    private var lastDraw: Double = 0
    /// Whether anything is drawn: stderr is a terminal and `PRISM_NO_PROGRESS` is not set.
    public let isEnabled: Bool

    private init() {
        pthread_mutex_init(&lock, nil)
        isEnabled = isatty(2) != 0 && getenv("PRISM_NO_PROGRESS") == nil
    }

    /// Starts a task with `total` steps (nil when unknown) and returns its id.
    public func start(_ label: String, total: Int?) -> Int {
        locked {
            let id = nextIdentifier
            nextIdentifier += 1
            tasks.append((id, Task(label: label, total: total, completed: 0, detail: "", started: ProgressDisplay.now())))
            draw(force: true)
            return id
        }
    }

    /// Records progress of a task: `completed` steps so far and an optional detail (`loss 0.12`).
    public func update(_ id: Int, completed: Int, detail: String? = nil) {
        locked {
            guard let index = tasks.firstIndex(where: { $0.id == id }) else { return }
            tasks[index].task.completed = completed
            if let detail { tasks[index].task.detail = detail }
            draw(force: false)
        }
    }

    /// Ends a task: its line is erased.
    public func finish(_ id: Int) {
        locked {
            tasks.removeAll { $0.id == id }
            draw(force: true)
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return body()
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Redraws every task's line below the cursor (at most every 0.1 s unless forced).
    private func draw(force: Bool) {
        guard isEnabled else { return }
        let now = ProgressDisplay.now()
        guard force || now - lastDraw >= 0.1 else { return }
        lastDraw = now
        var text = ""
        if drawnLines > 0 { text += "\u{1B}[\(drawnLines)A" }
        text += "\r\u{1B}[J"
        for (_, task) in tasks { text += ProgressDisplay.line(task, now: now) + "\n" }
        drawnLines = tasks.count
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// `label [#####.....]  45%  450/1000  1.2s<1.5s  detail`.
    static func line(_ task: Task, now: Double) -> String {
        let elapsed = now - task.started
        var text = task.label
        if let total = task.total, total > 0 {
            let fraction = min(Double(task.completed) / Double(total), 1)
            let width = 24
            let filled = Int(fraction * Double(width))
            text += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            text += " \(Int(fraction * 100))%  \(task.completed)/\(total)  \(seconds(elapsed))"
            if fraction > 0 && fraction < 1 { text += "<" + seconds(elapsed / fraction - elapsed) }
        } else {
            text += "  \(task.completed)  \(seconds(elapsed))"
        }
        if !task.detail.isEmpty { text += "  " + task.detail }
        return text
    }

    static func seconds(_ value: Double) -> String {
        value < 60 ? "\(Int(value * 10) / 10).\(Int(value * 10) % 10)s" : "\(Int(value) / 60)m\(Int(value) % 60)s"
    }
}
