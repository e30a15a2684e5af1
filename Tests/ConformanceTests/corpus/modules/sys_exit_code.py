# modules: sys.exit(3) ends the program with exit code 3 and no traceback; finally blocks still run
import sys
def main():
    print("doing work")
    try:
        print("about to exit with 3")
        sys.exit(3)
    finally:
        print("finally runs during SystemExit")
    print("never printed")
if __name__ == "__main__":
    results = []
    for i in range(3):
        results.append(i * i)
    print("results:", results)
    main()
    print("not reached")
