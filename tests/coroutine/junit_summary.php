<?php
// Reads the JUnit files PHPUnit wrote for tests/coroutine/run.sh, one per loop: a line per
// test that did not pass ([loop] Class::test: first line of the failure), a line per loop,
// then "N passed, N failed[, N skipped]" over all of them; exits 1 on a failure.
// Called as: php junit_summary.php LOOP=junit.xml:exit-code ...  (exit code "vg": valgrind
// reported errors in that loop's processes, one more failure)

$total = ['passed' => 0, 'failed' => 0, 'skipped' => 0];
$perLoop = [];
foreach (array_slice($argv, 1) as $arg) {
    if (!preg_match('/^(\w+)=(.*):(\d+|vg)$/', $arg, $m)) {
        fwrite(STDERR, "usage: junit_summary.php LOOP=junit.xml:exit-code ...\n");
        exit(2);
    }
    [, $loop, $file, $exit] = $m;
    $count = summarise($loop, $file, $exit);
    foreach ($count as $k => $n) {
        $total[$k] += $n;
    }
    $perLoop[] = sprintf('%s: %d passed, %d failed%s', $loop, $count['passed'], $count['failed'],
        $count['skipped'] ? ", {$count['skipped']} skipped" : '');
}
echo implode("\n", $perLoop), "\n";
echo "{$total['passed']} passed, {$total['failed']} failed", $total['skipped'] ? ", {$total['skipped']} skipped" : '', "\n";
exit($total['failed'] > 0 ? 1 : 0);

function summarise(string $loop, string $file, string $exit): array
{
    $count = ['passed' => 0, 'failed' => 0, 'skipped' => 0];
    $doc = new DOMDocument();
    if (!is_file($file) || filesize($file) === 0 || !@$doc->load($file)) {
        // The worker died (a crash, a fatal error, the timeout) before PHPUnit wrote its log.
        echo "[$loop] no JUnit log (exit $exit): the run died before its end\n";
        $count['failed'] = 1;
        return $count;
    }
    foreach ($doc->getElementsByTagName('testcase') as $case) {
        $name = $case->getAttribute('class') . '::' . $case->getAttribute('name');
        $problem = null;
        $skip = false;
        foreach ($case->childNodes as $child) {
            if ($child instanceof DOMElement && in_array($child->tagName, ['failure', 'error'], true)) {
                $problem = $child;
            } elseif ($child instanceof DOMElement && $child->tagName === 'skipped') {
                $skip = true;
            }
        }
        if ($problem) {
            $count['failed']++;
            echo "[$loop] FAIL $name: ", firstLine($problem), "\n";
        } elseif ($skip) {
            $count['skipped']++;
        } else {
            $count['passed']++;
        }
    }
    if ($exit === 'vg') {
        $count['failed']++;
    }
    return $count;
}

function firstLine(DOMElement $problem): string
{
    foreach (preg_split('/\R/', $problem->textContent) as $line) {
        $line = trim($line);
        if ($line !== '' && !str_ends_with($line, '::' . $problem->parentNode->getAttribute('name'))) {
            return mb_strimwidth($line, 0, 220, '...');
        }
    }
    return $problem->getAttribute('type') ?: $problem->tagName;
}
