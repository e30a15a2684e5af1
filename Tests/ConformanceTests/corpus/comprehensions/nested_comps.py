# comprehensions: nested comprehensions: matrices, transposes, flattening, cartesian products
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row] for row in matrix])
print([sum(row[i] for row in matrix) for i in range(3)])
print([matrix[i][i] for i in range(3)], [matrix[i][2 - i] for i in range(3)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
board = [["." for _ in range(4)] for _ in range(2)]
board[0][1] = "X"
print(["".join(r) for r in board])
print({k: [v for v in range(k)] for k in range(4)})
print([[(r, c) for c in range(2)] for r in range(2)])
words = ["ab", "cd"]
print([ch for w in words for ch in w], [[ch for ch in w] for w in words])
