# Every night, from Task Scheduler as SYSTEM (docs/deployment.md): remove visitors' personal data past
# [privacy] retention_days, back up the SQLite database (an online-safe copy; the kiosk keeps running),
# keep 7 days of backups. With PostgreSQL, the server's pg_dump replaces the backup (docs/multi-kiosk.md).
$ErrorActionPreference = "Stop"
$kiosk = Join-Path $env:ProgramFiles "kiosk-imigrasi\kiosk.exe"
$backups = Join-Path $env:ProgramData "kiosk-imigrasi\backups"

& $kiosk purge
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
& $kiosk backup (Join-Path $backups ("kiosk-{0:yyyyMMdd-HHmmss}.db" -f (Get-Date)))
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Get-ChildItem -Path $backups -Filter "kiosk-*.db" |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
    Remove-Item
