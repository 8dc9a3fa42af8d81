"""The WordPress plugin (integrations/wordpress) end to end: PHP runs the plugin's own hooks, with a
small stand-in for the WordPress functions it calls, against the service on 127.0.0.1.

Skipped when ``php`` is not installed (``apt-get install php-cli``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from scorer.contract import Article, Finding, Result
from scorer.service import Settings, create_app
from scorer.service.testing import StubScorer, running_server

PHP = shutil.which("php")
PLUGIN = Path(__file__).resolve().parent.parent / "integrations" / "wordpress" / "misinfo-scorer"

pytestmark = [pytest.mark.allow_hosts(["127.0.0.1"]),
              pytest.mark.skipif(PHP is None, reason="php is not installed (apt-get install php-cli)")]

# The WordPress functions the plugin calls, reduced to what a test needs; wp_remote_post is real HTTP.
SHIM = r"""<?php
define('ABSPATH', '/tmp/');
$GLOBALS['actions'] = []; $GLOBALS['options'] = []; $GLOBALS['meta'] = []; $GLOBALS['transients'] = [];
$GLOBALS['requests'] = 0; $GLOBALS['statuses'] = []; $GLOBALS['caps'] = [];
class WP_Error { public $m; function __construct($c, $m) { $this->m = $m; }
  function get_error_message() { return $this->m; } }
class WP_Post { public $ID; public $post_type; public $post_status; public $post_title; public $post_content;
  public $post_date_gmt; public $post_modified_gmt; public $post_author;
  function __construct($a) { foreach ($a as $k => $v) { $this->$k = $v; } }
  function to_array() { return get_object_vars($this); } }
function add_action($h, $f, $p = 10, $n = 1) { $GLOBALS['actions'][$h][] = [$f, $n]; }
function add_filter($h, $f, $p = 10, $n = 1) { add_action($h, $f, $p, $n); }
function do_action($h, ...$a) { foreach ($GLOBALS['actions'][$h] ?? [] as [$f, $n]) { $f(...array_slice($a, 0, $n)); } }
function apply_filters($h, $v, ...$a) {
  foreach ($GLOBALS['actions'][$h] ?? [] as [$f, $n]) { $v = $f(...array_slice(array_merge([$v], $a), 0, $n)); }
  return $v; }
function get_option($k, $d = false) { return $GLOBALS['options'][$k] ?? $d; }
function wp_parse_args($a, $d) { return array_merge($d, $a); }
function get_post_meta($id, $k, $s = false) { return $GLOBALS['meta'][$id][$k] ?? ''; }
function update_post_meta($id, $k, $v) { $GLOBALS['meta'][$id][$k] = is_string($v) ? stripslashes($v) : $v; }
function get_transient($k) { return $GLOBALS['transients'][$k] ?? false; }
function set_transient($k, $v, $t) { $GLOBALS['transients'][$k] = $v; }
function delete_transient($k) { unset($GLOBALS['transients'][$k]); }
function get_post_status($id) { return $GLOBALS['statuses'][$id] ?? false; }
function current_user_can($c) { return in_array($c, $GLOBALS['caps'], true); }
function get_current_user_id() { return 1; }
function wp_is_post_autosave($id) { return false; }
function wp_is_post_revision($id) { return false; }
function get_the_author_meta($f, $id) { return 'Ann Writer'; }
function get_permalink($id) { return "https://news.example/?p=$id"; }
function home_url() { return 'https://news.example'; }
function get_locale() { return 'en_GB'; }
function is_multisite() { return false; }
function strip_shortcodes($c) { return $c; }
function wp_strip_all_tags($c) { return strip_tags($c); }
function wp_unslash($v) { return is_array($v) ? array_map('wp_unslash', $v) : (is_string($v) ? stripslashes($v) : $v); }
function wp_slash($v) { return addslashes($v); }
function wp_json_encode($v) { return json_encode($v, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE); }
function is_wp_error($v) { return $v instanceof WP_Error; }
function __($s, $d = null) { return $s; }
function esc_html__($s, $d = null) { return htmlspecialchars($s, ENT_QUOTES); }
function _n($a, $b, $n, $d = null) { return $n == 1 ? $a : $b; }
function esc_html($s) { return htmlspecialchars((string) $s, ENT_QUOTES); }
function esc_attr($s) { return htmlspecialchars((string) $s, ENT_QUOTES); }
function esc_url($s) { return htmlspecialchars((string) $s, ENT_QUOTES); }
function wp_remote_retrieve_response_code($r) { return $r['response']['code']; }
function wp_remote_retrieve_body($r) { return $r['body']; }
function wp_remote_post($url, $args) {
  $GLOBALS['requests']++;
  $headers = ''; foreach ($args['headers'] as $k => $v) { $headers .= "$k: $v\r\n"; }
  $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => $headers, 'content' => $args['body'],
                                           'timeout' => $args['timeout'], 'ignore_errors' => true]]);
  $body = @file_get_contents($url, false, $ctx);
  if ($body === false) { return new WP_Error('http', 'connection failed'); }
  preg_match('#HTTP/\S+ (\d+)#', $http_response_header[0], $m);
  return ['response' => ['code' => (int) $m[1]], 'body' => $body];
}
require $argv[1];
"""

SCENARIO = r"""
$GLOBALS['options']['misinfo_scorer_settings'] = ['service_url' => $argv[2], 'secret' => $argv[3], 'hold_enabled' => 1];
$out = [];
foreach ([7 => 'Officials said the vote was close.', 8 => 'HOLD-WORTHY claims, officials said.'] as $id => $text) {
  $GLOBALS['statuses'][$id] = 'draft';
  $data = ['post_title' => "Post $id",
           'post_content' => addslashes("<!-- wp:paragraph --><p>$text</p><!-- /wp:paragraph -->"),
           'post_status' => 'publish', 'post_type' => 'post', 'post_date_gmt' => '2025-06-10 09:00:00',
           'post_modified_gmt' => '2025-06-10 09:00:00', 'post_author' => 1];
  $saved = apply_filters('wp_insert_post_data', $data, ['ID' => $id], ['ID' => $id], true);
  $post = new WP_Post(array_merge(wp_unslash($saved), ['ID' => $id]));
  do_action('transition_post_status', $post->post_status, 'draft', $post);
  do_action('wp_after_insert_post', $id, $post, true, null);
  do_action('wp_after_insert_post', $id, $post, true, null);   // the block editor's second save
  ob_start(); misinfo_scorer_meta_box($post); $box = ob_get_clean();
  $out[$id] = ['status' => $saved['post_status'], 'meta' => $GLOBALS['meta'][$id] ?? [], 'box' => $box];
}
$out['requests'] = $GLOBALS['requests'];
$out['notice'] = $GLOBALS['transients']['misinfo_scorer_notice_1'] ?? null;
$out['sign'] = misinfo_scorer_sign('{"a":1}', 'wp-secret', 1700000000);
echo json_encode($out);
"""


class KeywordScorer(StubScorer):
    """Holds articles that contain HOLD-WORTHY, passes the rest."""

    def result_for(self, a: Article) -> Result:
        hold = "HOLD-WORTHY" in a.text
        return Result(id=a.id, score=0.97 if hold else 0.1, band="high" if hold else "low", meta=a.meta,
                      findings=[Finding(0, 9, "a <finding>", 0.6, "hedged_sourcing", a.text[:9])])


def run_php(tmp_path: Path, *args: str) -> dict:
    script = tmp_path / "run.php"
    script.write_text(SHIM + SCENARIO, encoding="utf-8")
    proc = subprocess.run([PHP, str(script), str(PLUGIN / "misinfo-scorer.php"), *args],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(proc.stdout)


def test_plugin_lints():
    for name in ("misinfo-scorer.php", "uninstall.php"):
        proc = subprocess.run([PHP, "-l", str(PLUGIN / name)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_plugin_scores_holds_and_shows_results(tmp_path):
    from scorer.service.signatures import sign_wordpress

    app = create_app(Settings(db=str(tmp_path / "r.sqlite3"), wordpress_secret="wp-secret"),
                     scorer_factory=lambda n: [KeywordScorer() for _ in range(n)])
    with running_server(app) as base:
        out = run_php(tmp_path, base, "wp-secret")
        held = run_php(tmp_path, base, "wrong-secret")
    # the plugin signs exactly as the service verifies
    assert out["sign"] == sign_wordpress("wp-secret", b'{"a":1}', 1700000000)
    assert out["7"]["status"] == "publish" and out["7"]["meta"]["_misinfo_scorer_decision"] == "publish"
    assert out["8"]["status"] == "pending" and out["8"]["meta"]["_misinfo_scorer_decision"] == "hold"
    assert "Publishing held for review" in out["notice"]
    # one request per post: the pre-publish check's result is reused by both after-save hooks
    assert out["requests"] == 2
    stored = json.loads(out["8"]["meta"]["_misinfo_scorer_result"])
    assert stored["id"] == "wp-8" and stored["meta"]["wordpress"]["post_id"] == 8
    box = out["8"]["box"]
    assert "HOLD" in box and "0.97" in box and "a &lt;finding&gt;" in box and "<finding>" not in box
    assert f"{base}/review/wp-8" in box
    # a wrong secret: the service refuses, the plugin publishes and says the check did not run
    assert held["7"]["status"] == "publish" and held["8"]["status"] == "publish"
    assert "401" in held["notice"]
