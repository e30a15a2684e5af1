"""The pyplot state machine: figure numbers, gcf/gca, close, clf, show() with and without a host
display hook, savefig to a path and to a file object, and Figure reprs."""
import sys
import matplotlib
import matplotlib.pyplot as plt

print(matplotlib.__version__)
first = plt.figure()
print(first, first.number, plt.gcf() is first, plt.get_fignums())
second = plt.figure(figsize=(4, 3), dpi=50)
print(second, second.number, plt.get_fignums())
ax = plt.gca()
print(ax.figure is second, plt.gca() is ax, len(second.axes))
print(plt.figure(1) is first, plt.gcf() is first)
named = plt.figure("summary")
print(named.number, plt.figure("summary") is named, plt.get_fignums())
plt.close("summary")
plt.close(first)
print(plt.get_fignums(), plt.gcf() is second)
plt.plot([1, 2], [2, 1])
plt.clf()
print(len(second.axes))
plt.plot([0, 1, 2], [0, 1, 4], label="square")
plt.legend()

plt.show()  # no host display hook: nothing happens and the figure stays open
print("after plain show:", plt.get_fignums())

plt.savefig("saved_plot.svg")
with open("saved_plot.svg") as handle:
    saved = handle.read()
print(saved == second._repr_svg_(), saved.splitlines()[0][:80])
plt.savefig("no_extension")
with open("no_extension.svg") as handle:
    print(handle.read() == saved)


class Collector:
    """Stands in for a file: savefig only needs a write method."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Collector()
second.savefig(sink, format="svg", dpi=100)
print(len(sink.parts), sink.parts[0].splitlines()[0][:90])

shown = []
sys._prism_display = lambda fig: shown.append(fig._repr_svg_())
plt.figure(figsize=(3, 2))
plt.scatter([1, 2, 3], [3, 1, 2])
plt.show()
print("displayed", len(shown), "figures; open after show:", plt.get_fignums())
del sys._prism_display
print(shown[1], end="")
