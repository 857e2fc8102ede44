"""Running the platform: backups and their restore (`manage.py backup` / `restore`), tasks whose worker died
(`manage.py requeue_stuck_tasks`, `once.run_once`), and a clear 503 page when the database cannot answer or cannot
write (`faults.server_error`). Imports nothing else of the project. See docs/deploy.md ("Backups", "Faults")."""
