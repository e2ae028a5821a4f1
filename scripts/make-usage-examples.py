#!/usr/bin/env python3
"""Writes the example usage exports in resources/examples/ (deterministic):
usage-openai.json, an OpenAI Usage API export (/v1/organization/usage/completions,
bucket_width=1h, group_by=model,batch) over 40 days in pages of 168 buckets, and
usage-litellm.csv, LiteLLM spend logs (LiteLLM_SpendLogs) over 14 days with a
few failed requests and cache hits."""
import json, math, os, random, datetime

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(here, '..', 'resources', 'examples')
rng = random.Random(26)
start = int(datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc).timestamp())

# Traffic by hour of day (UTC): a working day in Europe and the US East coast.
shape = [0.2, 0.15, 0.1, 0.1, 0.1, 0.15, 0.3, 0.6, 1.0, 1.3, 1.5, 1.6,
         1.6, 1.7, 1.8, 1.8, 1.7, 1.5, 1.2, 0.9, 0.7, 0.5, 0.4, 0.3]

def openai():
    buckets = []
    for hour in range(40 * 24):
        t = start + hour * 3600
        day, h = divmod(hour, 24)
        weekday = (datetime.datetime.utcfromtimestamp(t).weekday())
        growth = math.exp(0.0025 * day)  # about 7.8 % a month
        weekend = 0.45 if weekday >= 5 else 1.0
        results = []
        base = 120 * shape[h] * growth * weekend * rng.uniform(0.85, 1.15)
        if h in (2, 3, 4) and rng.random() < 0.3:
            base = 0  # an idle hour: the bucket is there, with no results
        for model, share, tin, tout in (('gpt-4o-mini-2024-07-18', 0.8, 950, 210), ('gpt-4o-2024-08-06', 0.2, 1800, 420)):
            n = int(round(base * share))
            if n == 0:
                continue
            inp = int(n * tin * rng.uniform(0.9, 1.1))
            results.append({"object": "organization.usage.completions.result", "input_tokens": inp,
                            "output_tokens": int(n * tout * rng.uniform(0.9, 1.1)),
                            "num_model_requests": n, "project_id": None, "user_id": None, "api_key_id": None,
                            "model": model, "batch": False,
                            "input_cached_tokens": int(inp * rng.uniform(0.25, 0.4)),
                            "input_audio_tokens": 0, "output_audio_tokens": 0})
            if h <= 5 and model.startswith('gpt-4o-mini'):  # the nightly batch job's results
                m = int(70 * growth * rng.uniform(0.9, 1.1))
                results.append({"object": "organization.usage.completions.result", "input_tokens": m * 700,
                                "output_tokens": m * 90, "num_model_requests": m, "project_id": None,
                                "user_id": None, "api_key_id": None, "model": model, "batch": True,
                                "input_cached_tokens": 0, "input_audio_tokens": 0, "output_audio_tokens": 0})
        buckets.append({"object": "bucket", "start_time": t, "end_time": t + 3600, "results": results})
    pages = []
    for i in range(0, len(buckets), 168):
        last = i + 168 >= len(buckets)
        pages.append({"object": "page", "data": buckets[i:i + 168], "has_more": not last,
                      "next_page": None if last else "page_%04d" % (i // 168 + 1)})
    with open(os.path.join(out_dir, 'usage-openai.json'), 'w') as f:
        f.write('[\n')
        for p, page in enumerate(pages):
            f.write('{"object": "page", "has_more": %s, "next_page": %s, "data": [\n'
                    % (json.dumps(page["has_more"]), json.dumps(page["next_page"])))
            f.write(',\n'.join(json.dumps(b) for b in page["data"]))
            f.write('\n]}' + (',' if p + 1 < len(pages) else '') + '\n')
        f.write(']\n')

def litellm():
    cols = ["request_id", "call_type", "api_key", "spend", "total_tokens", "prompt_tokens", "completion_tokens",
            "startTime", "endTime", "model", "model_group", "custom_llm_provider", "user", "metadata",
            "cache_hit", "cache_key", "request_tags", "team_id", "end_user", "status"]
    rows = []
    n = 0
    for day in range(14):
        for _ in range(int(40 * math.exp(0.01 * day))):
            h = rng.choices(range(24), weights=shape)[0]
            t = start + day * 86400 + h * 3600 + rng.randrange(3600)
            model = 'claude-3-5-haiku-20241022' if rng.random() < 0.75 else 'gpt-4o-2024-08-06'
            p, c = int(rng.gauss(1200, 250)), int(rng.gauss(260, 60))
            status = 'success'
            if rng.random() < 0.03:
                status, p, c = 'failure', 0, 0
            hit = status == 'success' and rng.random() < 0.1
            ts = datetime.datetime.utcfromtimestamp(t)
            meta = json.dumps({"user_api_key_alias": "support-bot", "tags": ["prod", "eu"],
                               "note": 'ticket "%d", triage' % rng.randrange(10000)})
            n += 1
            rows.append(["req_%06d" % n, "acompletion", "88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b",
                         "%.6f" % ((p * 0.8 + c * 4) / 1e6), p + c, p, c,
                         ts.strftime('%Y-%m-%d %H:%M:%S.%f') + '+00:00',
                         (ts + datetime.timedelta(seconds=rng.uniform(0.5, 6))).strftime('%Y-%m-%d %H:%M:%S.%f') + '+00:00',
                         model, model.split('-2024')[0], 'anthropic' if model.startswith('claude') else 'openai',
                         "", meta, "True" if hit else "False", "", '["prod"]', "support", "", status])
    rows.sort(key=lambda r: r[7])

    def field(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v
    with open(os.path.join(out_dir, 'usage-litellm.csv'), 'w', newline='') as f:
        f.write(','.join(cols) + '\r\n')
        for r in rows:
            f.write(','.join(field(v) for v in r) + '\r\n')

openai()
litellm()
