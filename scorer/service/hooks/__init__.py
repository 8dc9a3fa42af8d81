"""CMS webhooks: one module per CMS, each verifying its own signature scheme on the raw body."""
