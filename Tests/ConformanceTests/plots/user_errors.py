"""Mistakes users make get Python exceptions with clear, matplotlib-like messages."""
import matplotlib.pyplot as plt

fig, ax = plt.subplots()


def attempt(description, action):
    try:
        action()
    except Exception as error:
        print(f"{description}: {type(error).__name__}: {error}")
    else:
        print(f"{description}: no error")


attempt("x/y lengths", lambda: ax.plot([1, 2, 3], [1, 2, 3, 4]))
attempt("bad fmt", lambda: ax.plot([1, 2], [1, 2], "rq"))
attempt("two colors", lambda: ax.plot([1, 2], [1, 2], "rg"))
attempt("two markers", lambda: ax.plot([1, 2], [1, 2], "o^"))
attempt("bad color", lambda: ax.plot([1, 2], color="notacolor"))
attempt("bad linestyle", lambda: ax.plot([1, 2], linestyle="~~"))
attempt("bad marker", lambda: ax.plot([1, 2], marker="Q"))
attempt("unknown kwarg", lambda: ax.plot([1, 2], colour="r"))
attempt("scatter sizes", lambda: ax.scatter([1, 2], [1, 2, 3]))
attempt("scatter c", lambda: ax.scatter([1, 2, 3], [1, 2, 3], c=[0.1, 0.2]))
attempt("bar shapes", lambda: ax.bar([1, 2, 3], [1, 2, 3, 4]))
attempt("hist bins", lambda: ax.hist([1, 2, 3], bins=0))
attempt("hist edges", lambda: ax.hist([1, 2, 3], bins=[3, 2, 1]))
attempt("legend loc", lambda: ax.legend(loc="upper middle"))
attempt("savefig png", lambda: fig.savefig("chart.png"))
attempt("savefig kwarg", lambda: fig.savefig("chart.svg", quality=9))
attempt("subplots rows", lambda: plt.subplots(0, 2))
attempt("subplot index", lambda: fig.add_subplot(2, 2, 5))
attempt("subplot code", lambda: fig.add_subplot(1000))
attempt("figsize", lambda: plt.figure(figsize=(-1, 2)))
attempt("axes index", lambda: plt.subplots(2, 2)[1][2, 0])
attempt("alpha", lambda: ax.plot([1, 2], alpha=2))
attempt("set unknown", lambda: ax.set(xlabl="x"))
attempt("grid axis", lambda: ax.grid(axis="z"))
attempt("xlim nan", lambda: ax.set_xlim(0, float("nan")))
attempt("data type", lambda: ax.plot([1, 2], [1, [2]]))
attempt("legend no labels", lambda: plt.subplots()[1].legend())
