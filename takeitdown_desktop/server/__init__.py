"""The reference case-intake server (optional extra ``server``): FastAPI + SQLAlchemy."""
