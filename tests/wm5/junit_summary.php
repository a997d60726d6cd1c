<?php
// Reads the JUnit file Pest wrote for tests/wm5/run.sh: one line per test that did not pass
// (file, test name, first line of the failure), then "N passed, N failed[, N skipped]".
// Called as: php junit_summary.php <junit.xml> <project dir/> <pest exit code>; exits 1 on failures.

[, $file, $projectDir, $pestExit] = $argv + [null, null, '', '0'];

if (!is_file($file) || filesize($file) === 0) {
    echo "pest wrote no JUnit file (exit $pestExit): the run died before its end\n";
    echo "0 passed, 1 failed\n";
    exit(1);
}
$doc = new DOMDocument();
if (!@$doc->load($file)) {
    echo "cannot parse $file\n0 passed, 1 failed\n";
    exit(1);
}

$passed = $failed = $skipped = 0;
foreach ($doc->getElementsByTagName('testcase') as $case) {
    $name = $case->getAttribute('name');
    // Pest writes file="tests/X.php::it does y"; keep the path.
    $path = explode('::', $case->getAttribute('file'), 2)[0];
    $path = str_starts_with($path, $projectDir) ? substr($path, strlen($projectDir)) : $path;
    $problem = null;
    $isSkip = false;
    foreach ($case->childNodes as $child) {
        if (!$child instanceof DOMElement) {
            continue;
        }
        if ($child->tagName === 'failure' || $child->tagName === 'error') {
            $problem = $child;
            break;
        }
        if ($child->tagName === 'skipped') {
            $isSkip = true;
        }
    }
    if ($problem) {
        $failed++;
        echo "FAIL $path: $name: ", firstLine($problem, $name), "\n";
    } elseif ($isSkip) {
        $skipped++;
    } else {
        $passed++;
    }
}

// The text opens with the test name run into the message ("it does yError: ..."); drop it.
function firstLine(DOMElement $problem, string $name): string
{
    $text = $problem->textContent;
    if ($name !== '' && str_starts_with($text, $name)) {
        $text = substr($text, strlen($name));
    }
    foreach (preg_split('/\R/', $text) as $line) {
        $line = trim($line);
        if ($line !== '') {
            return mb_strimwidth($line, 0, 220, '...');
        }
    }
    return $problem->getAttribute('type') ?: $problem->tagName;
}

// A failure outside any test case (a crash in afterAll, a bad option) still fails the run.
$outsideFailure = $failed === 0 && $pestExit !== '0';
if ($outsideFailure) {
    echo "pest exited with $pestExit although no test case failed: see its output\n";
}
echo "$passed passed, $failed failed", $skipped ? ", $skipped skipped" : '', "\n";
exit($failed > 0 || $outsideFailure ? 1 : 0);
