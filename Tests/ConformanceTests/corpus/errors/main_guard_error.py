# errors: uncaught IndexError inside main() called from the __name__ guard
def top(scores, n):
    ordered = sorted(scores, reverse=True)
    return [ordered[i] for i in range(n)]
def main():
    scores = [55, 90, 72]
    print("top 2:", top(scores, 2))
    print("top 5:", top(scores, 5))
print("module name:", __name__)
print("top 0:", top([1, 2], 0), "top 1:", top([4, 9], 1))
try:
    top([], 1)
except IndexError as e:
    print("caught:", e)
if __name__ == "__main__":
    main()
