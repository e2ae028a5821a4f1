#!/usr/bin/env python3
"""The seed's formulas in plain Python (json module), for a side-by-side speed
comparison with `ftroi-cli evaluate --json`: reads a scenario document,
computes the seed's compute_roi keys per scenario, writes the results as JSON.

    python3 bench/seed_formulas.py FILE.ftroi > results.json
"""
import json
import math
import sys


def evaluate(s):
    w, api, sh, pr = s["workload"], s["api"], s["self_hosted"], s["project"]
    rpd = w["requests_per_day"]
    tin, tout = w["input_tokens_per_request"], w["output_tokens_per_request"]
    daily = rpd * (tin + tout)
    api_cost = rpd * tin * 30 * api["input_price_per_1m"] / 1e6 + rpd * tout * 30 * api["output_price_per_1m"] / 1e6
    thr, util = sh["throughput_tokens_per_s"], sh["target_utilization"]
    n = sh["instances"]
    if n == "auto":
        n = max(1, math.ceil(daily / (86400 * thr * util)))
    serving = sh["instance_cost_per_hour"] * n * 720
    storage = sh["model_size_b"] * 2 * sh["storage_price_per_gb_month"]
    quality = rpd * 30 * (sh["review_rate"] - api["review_rate"]) * s["review_cost"]
    compute = pr["training_runs"] * pr.get("compute_cost_per_run", 0)
    engineering = sum(pr["engineering_hours"].values()) * pr["hourly_rate"]
    total = compute + engineering
    amortized = total / pr["lifetime_months"]
    ft_total = serving + storage + amortized + quality
    before = api_cost - (serving + storage + quality)
    blended = api_cost / (daily * 30) * 1e6 if daily > 0 else 0
    break_even = (serving + storage) / (blended / 1e6) / 30 if blended > 0 else None
    return {
        "name": s["name"], "current_daily_tokens": daily, "monthly_api_cost": api_cost, "instances": n,
        "utilization": daily / (n * thr * 86400), "monthly_serving_cost": serving, "monthly_storage_cost": storage,
        "monthly_quality_cost_delta": quality, "compute_cost": compute, "engineering_cost": engineering,
        "total_project_cost": total, "monthly_amortized_project_cost": amortized, "monthly_ft_total": ft_total,
        "monthly_savings": api_cost - ft_total, "payback_months": total / before if before > 0 else None,
        "break_even_tokens_per_day": break_even,
        "is_above_break_even": break_even is not None and daily >= break_even,
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    json.dump([evaluate(s) for s in doc["scenarios"]], sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
