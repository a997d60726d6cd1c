<?php
/* layering.php: checks the layering of ext/ that STYLE.md (b) and README's Layout describe.
 * Builds the file graph from the built objects (a file uses a symbol another defines: `nm`)
 * and from the quoted #includes, and maps each file to its layer. Prints every edge that
 * points up from one area to another (areas: process model, protocols, connection, runtime)
 * and every circle of files that spans two areas; exit 1 if there is either. --verbose adds
 * the upward edges between the finer layers inside an area (workers under the process
 * model, transports under the connection), which are reported but allowed.
 * Run after `make`: php scripts/layering.php [--verbose] */

$root = dirname(__DIR__);
$verbose = in_array('--verbose', $argv, true);

/* Top to bottom. A file may use its own layer and the layers below it. */
$layers = ['module', 'process', 'workers', 'protocols', 'connections', 'transports', 'runtime', 'base'];

function layer_of(string $file): string
{
    $name = basename($file, '.' . pathinfo($file, PATHINFO_EXTENSION));
    if ($name === 'wm_module' || $name === 'wm_api4' || $name === 'wm_api5') {
        return 'module';
    }
    if (preg_match('~^(wm_buffer|wm_metrics_counters|wm_private|php_workerman|wm_api$|wm_api_table|wm_framing)~', $name)) {
        return 'base';
    }
    if (preg_match('~^(wm_master|wm_fork|wm_status|wm_cli|wm_metrics|wm_start_check|wm_vendored)~', $name)) {
        return 'process';
    }
    if (preg_match('~^(wm_worker|wm_listen|wm_autoloader|wm_accept|wm_udp_listen)~', $name)) {
        return 'workers';
    }
    if (str_starts_with($file, 'ext/http/') || str_starts_with($file, 'ext/ws/')) {
        if (in_array($name, ['http_parser', 'ws_frame', 'ws_handshake'], true)) {
            return 'base';
        }
        return 'protocols';
    }
    if (str_starts_with($file, 'ext/protocols/')) {
        return $name === 'gateway_frame' ? 'base' : 'protocols'; /* gateway_frame.h: pure C */
    }
    if ($name === 'wm_protocol') {
        return 'connections'; /* the table the connection consults; protocols fill it */
    }
    if (str_starts_with($name, 'proto_')) {
        return 'protocols';
    }
    if (str_starts_with($file, 'ext/tls/') || $name === 'wm_transport') {
        return 'transports'; /* wm_transport.h: the table the transports fill */
    }
    if (preg_match('~^(wm_conn|wm_udp)~', $name)) {
        return 'connections';
    }
    if (preg_match('~^(wm_loop|wm_reactor|wm_timer|wm_call|wm_log|wm_fiber|wm_process|wm_addr)~', $name)) {
        return 'runtime';
    }
    return 'unknown';
}

chdir($root);
$sources = array_merge(glob('ext/*.c'), glob('ext/*/*.c'));
$headers = array_merge(glob('ext/*.h'), glob('ext/*/*.h'));
$defined = [];
$uses = [];
foreach ($sources as $src) {
    $obj = dirname($src) . '/.libs/' . basename($src, '.c') . '.o';
    if (!is_file($obj)) {
        fwrite(STDERR, "layering: $obj missing, run make first\n");
        exit(2);
    }
    foreach (explode("\n", trim(shell_exec('nm ' . escapeshellarg($obj)))) as $line) {
        if (!preg_match('~^\s*[0-9a-f]*\s+([A-Za-z])\s+(\S+)$~', $line, $m)) {
            continue;
        }
        if ($m[1] === 'U') {
            $uses[$src][] = $m[2];
        } elseif (strtoupper($m[1]) === $m[1]) {
            $defined[$m[2]] = $src;
        }
    }
}

/* file -> file => why */
$edges = [];
foreach ($uses as $src => $symbols) {
    foreach ($symbols as $sym) {
        $to = $defined[$sym] ?? null;
        if ($to !== null && $to !== $src) {
            $edges[$src][$to][] = $sym;
        }
    }
}
foreach (array_merge($sources, $headers) as $file) {
    foreach (file($file) as $line) {
        if (!preg_match('~^\s*#\s*include\s+"([^"]+)"~', $line, $m)) {
            continue;
        }
        $target = realpath(dirname($file) . '/' . $m[1]) ?: realpath('ext/' . $m[1]);
        if ($target === false || !str_contains($m[1], '.h') || str_contains($m[1], '_arginfo.h')) {
            continue;
        }
        $target = substr($target, strlen($root) + 1);
        if ($target !== $file) {
            $edges[$file][$target][] = '#include';
        }
    }
}

$rank = array_flip($layers);
const AREA = ['module' => 'process model', 'process' => 'process model', 'workers' => 'process model',
    'protocols' => 'protocols', 'connections' => 'connection', 'transports' => 'connection',
    'runtime' => 'runtime', 'base' => 'runtime', 'unknown' => 'unknown'];
function area_of(string $file): string
{
    return AREA[layer_of($file)];
}
$inner = [];
$upward = [];
foreach ($edges as $from => $tos) {
    foreach ($tos as $to => $why) {
        $lf = layer_of($from);
        $lt = layer_of($to);
        if ($lf === 'unknown' || $lt === 'unknown') {
            $upward[] = sprintf('%-34s -> %-34s no layer known', $from, $to);
        } elseif ($rank[$lt] < $rank[$lf]) {
            $line = sprintf('%-34s (%s) -> %-34s (%s): %s', $from, $lf, $to, $lt,
                implode(' ', array_slice(array_unique($why), 0, 4)));
            if (AREA[$lf] === AREA[$lt]) {
                $inner[] = $line;
                continue;
            }
            $upward[] = sprintf('%-34s (%s) -> %-34s (%s): %s', $from, $lf, $to, $lt,
                implode(' ', array_slice(array_unique($why), 0, 4)));
        }
    }
}

/* Circles: strongly connected components (Tarjan) of the file graph spanning two layers. */
$index = [];
$low = [];
$stack = [];
$on = [];
$sccs = [];
$counter = 0;
$visit = function (string $v) use (&$visit, &$index, &$low, &$stack, &$on, &$sccs, &$counter, $edges) {
    $index[$v] = $low[$v] = $counter++;
    $stack[] = $v;
    $on[$v] = true;
    foreach (array_keys($edges[$v] ?? []) as $w) {
        if (!isset($index[$w])) {
            $visit($w);
            $low[$v] = min($low[$v], $low[$w]);
        } elseif (!empty($on[$w])) {
            $low[$v] = min($low[$v], $index[$w]);
        }
    }
    if ($low[$v] === $index[$v]) {
        $scc = [];
        do {
            $w = array_pop($stack);
            $on[$w] = false;
            $scc[] = $w;
        } while ($w !== $v);
        $sccs[] = $scc;
    }
};
foreach (array_merge($sources, $headers) as $file) {
    if (!isset($index[$file])) {
        $visit($file);
    }
}
$circles = array_values(array_filter($sccs, fn($scc) => count(array_unique(array_map('area_of', $scc))) > 1));

foreach ($upward as $line) {
    echo "up: $line\n";
}
if ($verbose) {
    foreach ($inner as $line) {
        echo "up inside an area (allowed): $line\n";
    }
}
foreach ($circles as $scc) {
    sort($scc);
    $by = [];
    foreach ($scc as $f) {
        $by[area_of($f)][] = $f;
    }
    echo 'circle of ' . count($scc) . " files across " . implode(', ', array_keys($by)) . "\n";
    if ($verbose) {
        foreach ($by as $l => $fs) {
            echo "  $l: " . implode(' ', $fs) . "\n";
        }
    }
}
printf("layering: %d upward edges between areas, %d circles across areas, %d upward edges inside areas\n",
    count($upward), count($circles), count($inner));
exit($upward || $circles ? 1 : 0);
