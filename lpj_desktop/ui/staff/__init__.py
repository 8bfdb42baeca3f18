"""Staff views: visit history, campaigns, dashboard and goals. Open only to staff and admins."""
