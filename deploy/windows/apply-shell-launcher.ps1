# Applies shell-launcher.xml (Shell Launcher v2) through the MDM Bridge WMI provider, the way Microsoft's
# "Quickstart: configure a kiosk experience with Shell Launcher" does. The provider only accepts it from
# the SYSTEM account: from an administrator's prompt run
#
#     psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File C:\path\to\apply-shell-launcher.ps1
#
# Prerequisite (administrator, then restart):
#     Enable-WindowsOptionalFeature -Online -FeatureName Client-DeviceLockdown,Client-EmbeddedShellLauncher
param([string]$Xml = (Join-Path $PSScriptRoot "shell-launcher.xml"))
$ErrorActionPreference = "Stop"

if ([Security.Principal.WindowsIdentity]::GetCurrent().User.Value -ne "S-1-5-18") {
    throw "Run this as SYSTEM (psexec.exe -i -s powershell.exe ...), see the comment at the top."
}
$configuration = Get-Content -Raw -Path $Xml
$bridge = Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess"
$bridge.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($configuration)
Set-CimInstance -CimInstance $bridge | Out-Null
Write-Output "Shell Launcher configured. Restart: Windows signs in as Kiosk and starts the kiosk."
