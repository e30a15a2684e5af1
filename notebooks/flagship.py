# Prism flagship example (until the notebook host lands, a plain script in Prism's Python dialect).
#
# A small end-to-end pipeline in the shape of the RayDP workflow, in pure Python: generate taxi
# trips, clean them and derive features, aggregate per zone, train a linear model of the fare by
# mini-batch gradient descent, and report. It prints the same bytes under Prism and CPython 3.11.
import json
import math
import random
import statistics
import time
from collections import Counter, defaultdict

SEED = 7
TRIPS = 20_000
ZONES = ["Midtown", "Downtown", "Harlem", "Brooklyn", "Queens", "Airport"]


def generate_trips(count, seed):
    """Synthetic trips: distance, duration, passengers, zone, hour and a noisy fare."""
    rng = random.Random(seed)
    trips = []
    for trip_id in range(count):
        zone = rng.choice(ZONES)
        hour = rng.randrange(24)
        distance = round(rng.expovariate(1 / 3.0) + (12.0 if zone == "Airport" else 0.0), 2)
        speed = rng.uniform(8, 30) * (0.6 if 7 <= hour <= 9 or 16 <= hour <= 18 else 1.0)
        duration = round(distance / speed * 60, 1)
        fare = 3.0 + 2.5 * distance + 0.5 * duration + rng.gauss(0, 2.0)
        if rng.random() < 0.01:
            fare = -fare  # a few corrupt records to clean away
        trips.append({"id": trip_id, "zone": zone, "hour": hour, "distance": distance,
                      "duration": duration, "passengers": rng.randint(1, 6), "fare": round(fare, 2)})
    return trips


def clean(trips):
    """Drop impossible trips and derive features."""
    rows = []
    for trip in trips:
        if trip["fare"] <= 0 or trip["distance"] <= 0 or trip["duration"] <= 0:
            continue
        rush = 1.0 if 7 <= trip["hour"] <= 9 or 16 <= trip["hour"] <= 18 else 0.0
        rows.append({**trip, "rush": rush, "speed": trip["distance"] / (trip["duration"] / 60)})
    return rows


def aggregate(rows):
    """Per-zone trip counts, mean fare and median speed, busiest first."""
    fares = defaultdict(list)
    speeds = defaultdict(list)
    for row in rows:
        fares[row["zone"]].append(row["fare"])
        speeds[row["zone"]].append(row["speed"])
    table = [{"zone": zone, "trips": len(fares[zone]), "mean_fare": round(statistics.mean(fares[zone]), 2),
              "median_speed": round(statistics.median(speeds[zone]), 1)} for zone in fares]
    return sorted(table, key=lambda entry: (-entry["trips"], entry["zone"]))


FEATURES = ["distance", "duration", "rush", "passengers"]


def standardize(rows):
    """Feature means and standard deviations, from the training rows."""
    means = {name: statistics.fmean(row[name] for row in rows) for name in FEATURES}
    stdevs = {name: statistics.pstdev([row[name] for row in rows]) or 1.0 for name in FEATURES}
    return means, stdevs


def train(rows, means, stdevs, epochs=5, batch=64, rate=0.05, seed=SEED):
    """Linear regression of the fare by mini-batch gradient descent on standardized features."""
    rng = random.Random(seed)
    weights = [0.0] * len(FEATURES)
    bias = 0.0
    order = list(range(len(rows)))
    for epoch in range(epochs):
        rng.shuffle(order)
        for start in range(0, len(order), batch):
            grad = [0.0] * len(FEATURES)
            grad_bias = 0.0
            chunk = order[start:start + batch]
            for index in chunk:
                row = rows[index]
                x = [(row[name] - means[name]) / stdevs[name] for name in FEATURES]
                error = sum(w * v for w, v in zip(weights, x)) + bias - row["fare"]
                for k, value in enumerate(x):
                    grad[k] += error * value
                grad_bias += error
            scale = rate / len(chunk)
            weights = [w - scale * g for w, g in zip(weights, grad)]
            bias -= scale * grad_bias
    return weights, bias


def rmse(rows, weights, bias, means, stdevs):
    """Root mean squared error of the model's fare predictions."""
    total = 0.0
    for row in rows:
        x = [(row[name] - means[name]) / stdevs[name] for name in FEATURES]
        total += (sum(w * v for w, v in zip(weights, x)) + bias - row["fare"]) ** 2
    return math.sqrt(total / len(rows))


def main():
    started = time.perf_counter()
    trips = generate_trips(TRIPS, SEED)
    rows = clean(trips)
    print(f"# Taxi fares: {len(trips):,} trips generated, {len(trips) - len(rows)} dropped while cleaning\n")

    print("| zone | trips | mean fare | median speed |")
    print("|---|---:|---:|---:|")
    for entry in aggregate(rows):
        print(f"| {entry['zone']} | {entry['trips']:,} | {entry['mean_fare']:.2f} | {entry['median_speed']:.1f} |")

    busiest = Counter(row["hour"] for row in rows).most_common(3)
    print(f"\nBusiest hours: {', '.join(f'{hour:02d}:00 ({count})' for hour, count in busiest)}")

    split = int(len(rows) * 0.8)
    training, testing = rows[:split], rows[split:]
    means, stdevs = standardize(training)
    weights, bias = train(training, means, stdevs)
    mean_fare = statistics.fmean(row["fare"] for row in training)
    baseline = math.sqrt(statistics.fmean((row["fare"] - mean_fare) ** 2 for row in testing))
    model = {"features": FEATURES, "weights": [round(w, 3) for w in weights], "bias": round(bias, 3)}
    print(f"\nModel: {json.dumps(model, sort_keys=True)}")
    print(f"Test RMSE {rmse(testing, weights, bias, means, stdevs):.3f} (predicting the mean: {baseline:.3f})")
    elapsed = time.perf_counter() - started
    assert elapsed >= 0


main()
