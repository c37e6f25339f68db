"""Channel adapters: each turns outside input (mail, forms, letters) into desk service calls.

One folder per channel; ``docs/adding-a-channel.md`` lists what a new one needs.
"""
