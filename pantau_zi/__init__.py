"""Pantau ZI: analytics for Zona Integritas progress across Indonesia's regions."""
