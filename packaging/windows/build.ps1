<#
.SYNOPSIS
    Build the Vanort installer on Windows: program folder, self-test, Inno Setup installer.

.DESCRIPTION
    Run from anywhere in a clone of the project, in PowerShell (5.1 or 7):

        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

    1. finds Python 3.11 (the py launcher, or -Python C:\path\to\python.exe);
    2. creates a virtual environment in build\venv-windows (kept between runs)
       and installs the project with its "package" extra (PyInstaller) and its
       "postgres" extra (so the program can open a database server);
    3. builds dist\vanort\ with PyInstaller from packaging\vanort.spec:
       vanort.exe (the window) and vanort-cli.exe (the command line);
    4. signs both programs when a code-signing certificate is configured
       (see -CertificateFile), and says so plainly when none is;
    5. runs dist\vanort\vanort-cli.exe --self-test, which opens and closes the
       real window with Qt's Windows platform plugin, and stops if any step fails;
    6. runs Inno Setup's ISCC.exe on packaging\windows\vanort.iss with the
       version from pyproject.toml, giving dist\installer\Vanort-<version>-setup.exe
       (signed, with its uninstaller, when a certificate is configured).

    Needs: Python 3.11 (64-bit) from python.org, Inno Setup 6.3 or newer
    (https://jrsoftware.org/isdl.php, or: winget install JRSoftware.InnoSetup),
    and the internet for the first pip install. No administrator rights.

.PARAMETER Python
    The python.exe to create the virtual environment with (default: py -3.11).

.PARAMETER SkipInstaller
    Build and self-test the program folder only; do not run Inno Setup.

.PARAMETER Console
    Build vanort.exe as a console program too (for looking into problems).

.PARAMETER CertificateFile
    A code-signing certificate (.pfx) to sign vanort.exe, vanort-cli.exe and the
    installer with; its password in the environment variable VANORT_SIGN_PASSWORD.
    Default: the environment variable VANORT_SIGN_CERTIFICATE.

.PARAMETER CertificateThumbprint
    Instead of a file: the SHA-1 thumbprint of a certificate in the Windows
    certificate store (for example on a token). Default: VANORT_SIGN_THUMBPRINT.

.PARAMETER TimestampUrl
    The RFC 3161 time-stamping server, so signatures outlive the certificate.
    Default: VANORT_SIGN_TIMESTAMP, else http://timestamp.digicert.com.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [switch]$SkipInstaller,
    [switch]$Console,
    [string]$CertificateFile = $env:VANORT_SIGN_CERTIFICATE,
    [string]$CertificateThumbprint = $env:VANORT_SIGN_THUMBPRINT,
    [string]$TimestampUrl = $env:VANORT_SIGN_TIMESTAMP
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"
# The script file is kept ASCII: Windows PowerShell 5.1 reads a file without a
# byte order mark in the ANSI code page, which would garble any other letter.

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = Join-Path $Root "build\venv-windows"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller"
$Program = Join-Path $Dist "vanort\vanort.exe"
$CommandLine = Join-Path $Dist "vanort\vanort-cli.exe"
$InstallerScript = Join-Path $PSScriptRoot "vanort.iss"
$InstallerOutput = Join-Path $Dist "installer"

function Step([string]$Text) {
    Write-Host ""
    Write-Host "==> $Text" -ForegroundColor Cyan
}

function Stop-Build([string]$Text) {
    Write-Host ""
    Write-Host "build.ps1: $Text" -ForegroundColor Red
    exit 1
}

function Test-Python([string]$Exe, [string[]]$Arguments) {
    # True when "$Exe $Arguments" is Python 3.11. Errors are only answers here:
    # Windows PowerShell turns a native program's redirected stderr into errors.
    $ErrorActionPreference = "Continue"
    try {
        & $Exe @Arguments -c "import sys; sys.exit(sys.version_info[:2] != (3, 11))" 2>&1 | Out-Null
        return ($LASTEXITCODE -eq 0)
    } catch {
        return $false
    }
}

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) {
        Stop-Build "$What failed (exit code $LASTEXITCODE)."
    }
}

Set-Location $Root

# --- 1. Python 3.11 -------------------------------------------------------------------------
Step "Looking for Python 3.11"
$PythonCommand = @()
if ($Python) {
    if (-not (Test-Path $Python)) { Stop-Build "-Python $Python does not exist." }
    $PythonCommand = @($Python)
} elseif ((Get-Command py -ErrorAction SilentlyContinue) -and (Test-Python "py" @("-3.11"))) {
    $PythonCommand = @("py", "-3.11")
}
if ($PythonCommand.Count -eq 0) {
    $candidate = Get-Command python -ErrorAction SilentlyContinue
    if ($candidate -and (Test-Python $candidate.Source @())) { $PythonCommand = @($candidate.Source) }
}
if ($PythonCommand.Count -eq 0) {
    Stop-Build ("Python 3.11 was not found. Install it from https://www.python.org/downloads/ " +
        "(64-bit, 'Install for me only' needs no administrator), or pass -Python C:\path\to\python.exe.")
}
$PythonExe = $PythonCommand[0]
$PythonArgs = @($PythonCommand | Select-Object -Skip 1)
$found = & $PythonExe @PythonArgs -c "import platform, struct; print(platform.python_version(), struct.calcsize('P') * 8)"
$version, $bits = "$found".Trim().Split(" ")
if (-not $version.StartsWith("3.11.")) { Stop-Build "Vanort is built with Python 3.11; $PythonExe is Python $version." }
if ($bits -ne "64") { Stop-Build "Python $version at $PythonExe is $bits-bit; install the 64-bit Python 3.11." }
Write-Host "Python $version ($bits-bit): $($PythonCommand -join ' ')"

# --- 2. Virtual environment with the package extra ------------------------------------------
if (-not (Test-Path $VenvPython)) {
    Step "Creating the virtual environment $Venv"
    Invoke-Checked "Creating the virtual environment" { & $PythonExe @PythonArgs -m venv $Venv }
}
Step "Installing Vanort with PyInstaller into $Venv"
Invoke-Checked "Updating pip" { & $VenvPython -m pip install --disable-pip-version-check --upgrade pip }
Invoke-Checked "pip install -e .[package,postgres]" {
    & $VenvPython -m pip install --disable-pip-version-check -e ".[package,postgres]"
}

$AppVersion = (& $VenvPython -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
if (-not $AppVersion) { Stop-Build "Could not read the version from pyproject.toml." }
Write-Host "Vanort version $AppVersion"

# --- 3. PyInstaller ---------------------------------------------------------------------------
Step "Building $Dist\vanort with PyInstaller"
if (Test-Path (Join-Path $Dist "vanort")) { Remove-Item -Recurse -Force (Join-Path $Dist "vanort") }
$SpecArgs = @()
if ($Console) { $SpecArgs = @("--", "--console") }
Invoke-Checked "PyInstaller" {
    & $VenvPython -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath $Dist --workpath $Work (Join-Path $Root "packaging\vanort.spec") @SpecArgs
}
foreach ($built in @($Program, $CommandLine)) {
    if (-not (Test-Path $built)) { Stop-Build "PyInstaller finished but $built is missing." }
}

$files = Get-ChildItem -Recurse -File (Join-Path $Dist "vanort")
$megabytes = [math]::Round((($files | Measure-Object -Property Length -Sum).Sum) / 1MB, 1)
Write-Host "Program folder: $Dist\vanort, $megabytes MB in $($files.Count) files"

# --- 4. Signing ------------------------------------------------------------------------------
# Unsigned, SmartScreen says "Unknown publisher" and many municipal laptops refuse
# the program. A certificate is optional for a test build, never silently missing.
$SignArguments = @()
if ($CertificateFile -or $CertificateThumbprint) {
    Step "Signing vanort.exe and vanort-cli.exe"
    $SignTool = $null
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) { $SignTool = $onPath.Source }
    if (-not $SignTool) {
        $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
        $SignTool = Get-ChildItem -Path $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -like "*\x64\*" } | Sort-Object FullName -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }
    if (-not $SignTool) {
        Stop-Build ("A certificate is configured but signtool.exe was not found; install the " +
            "Windows SDK's signing tools (winget install Microsoft.WindowsSDK.10.0.22621).")
    }
    if (-not $TimestampUrl) { $TimestampUrl = "http://timestamp.digicert.com" }
    $SignArguments = @("sign", "/fd", "sha256", "/tr", $TimestampUrl, "/td", "sha256")
    if ($CertificateFile) {
        if (-not (Test-Path $CertificateFile)) { Stop-Build "The certificate $CertificateFile does not exist." }
        $SignArguments += @("/f", $CertificateFile)
        if ($env:VANORT_SIGN_PASSWORD) { $SignArguments += @("/p", $env:VANORT_SIGN_PASSWORD) }
    } else {
        $SignArguments += @("/sha1", $CertificateThumbprint)
    }
    Invoke-Checked "Signing the programs" { & $SignTool @SignArguments $Program $CommandLine }
} else {
    Step "Not signing: no code-signing certificate is configured"
    Write-Host ("Set VANORT_SIGN_CERTIFICATE (a .pfx, password in VANORT_SIGN_PASSWORD) or " +
        "VANORT_SIGN_THUMBPRINT, or pass -CertificateFile, to sign the programs and the installer. " +
        "Unsigned, Windows SmartScreen shows 'Unknown publisher'.") -ForegroundColor Yellow
}

# --- 5. Self-test of the built program --------------------------------------------------------
Step "Running vanort-cli.exe --self-test"
# The console program prints its report here; it opens the real window with
# the qwindows platform plugin and closes it again.
$ErrorActionPreference = "Continue"
& $CommandLine --self-test 2>&1 | ForEach-Object { Write-Host $_ }
$selfTestStatus = $LASTEXITCODE
$ErrorActionPreference = "Stop"
if ($selfTestStatus -ne 0) {
    Stop-Build "The built program's self-test failed (exit code $selfTestStatus); see the FAIL lines above."
}

# --- 6. Inno Setup ----------------------------------------------------------------------------
if ($SkipInstaller) {
    Step "Done (no installer: -SkipInstaller): $Dist\vanort"
    exit 0
}
Step "Looking for Inno Setup's ISCC.exe"
$Iscc = $null
$onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
if ($onPath) { $Iscc = $onPath.Source }
if (-not $Iscc) {
    $places = @(
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe")
    )
    if (${env:ProgramFiles(x86)}) { $places += (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe") }
    $Iscc = $places | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) {
    Stop-Build ("Inno Setup 6 was not found (ISCC.exe on PATH or in Program Files). Install it from " +
        "https://jrsoftware.org/isdl.php or with: winget install JRSoftware.InnoSetup " +
        "- then run this script again. The program folder $Dist\vanort is built and self-tested already.")
}
Write-Host $Iscc

Step "Building the installer"
$IsccArguments = @("/DAppVersion=$AppVersion", "/DDistDir=$Dist\vanort", "/O$InstallerOutput")
if ($SignArguments.Count -gt 0) {
    # Inno Setup runs the tool for the installer and the uninstaller: $f is the file's
    # name (quoted by Inno Setup), $q a quote, $$ a dollar sign.
    $quoted = ($SignArguments | ForEach-Object {
        $word = "$_".Replace('$', '$$')
        if ($word -match "\s") { '$q' + $word + '$q' } else { $word }
    }) -join " "
    $IsccArguments += @("/DSign", ('/Svanortsign=$q' + $SignTool + '$q ' + $quoted + ' $f'))
}
Invoke-Checked "Inno Setup (ISCC)" { & $Iscc @IsccArguments $InstallerScript }
$Setup = Join-Path $InstallerOutput "Vanort-$AppVersion-setup.exe"
if (-not (Test-Path $Setup)) { Stop-Build "ISCC finished but $Setup is missing." }
$setupMegabytes = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Step "Installer: $Setup ($setupMegabytes MB)"
