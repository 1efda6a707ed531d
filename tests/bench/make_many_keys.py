#!/usr/bin/python3
"""Writes the checkpoints bench_open_keys.py opens: many small tensors.

    make_many_keys.py flat OUT [N]    a state_dict of N (default 100k) small tensors
    make_many_keys.py adam OUT [N]    a model state_dict plus real Adam optimizer state
                                      (step, exp_avg, exp_avg_sq per parameter), about
                                      N tensors in all, as torch.save writes a training
                                      checkpoint
"""
import sys

import torch


def flat(n):
    torch.manual_seed(0)
    return {f"blocks.{i // 10}.sub{i % 10}.weight": torch.randn(8) for i in range(n)}


def adam(n):
    # 4 tensors per parameter (the parameter, step, exp_avg, exp_avg_sq): n/4 parameters.
    torch.manual_seed(0)
    layers = max(1, n // 8)  # weight + bias per layer
    model = torch.nn.Sequential(*[torch.nn.Linear(4, 4) for _ in range(layers)])
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model(torch.randn(2, 4)).sum().backward()
    opt.step()
    return {
        "epoch": 3,
        "global_step": 1200,
        "model": model.state_dict(),
        "optimizer": opt.state_dict(),
        "hyper_parameters": {"lr": 1e-3, "layers": layers, "name": "bench"},
    }


if __name__ == "__main__":
    kind, out = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    torch.save({"flat": flat, "adam": adam}[kind](n), out)
