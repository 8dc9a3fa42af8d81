<?php
/**
 * Removes the plugin's settings and the scores stored on posts.
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'misinfo_scorer_settings' );
foreach ( array( '_misinfo_scorer_result', '_misinfo_scorer_key', '_misinfo_scorer_decision', '_misinfo_scorer_score', '_misinfo_scorer_scored_at', '_misinfo_scorer_notice' ) as $misinfo_scorer_meta_key ) {
	delete_post_meta_by_key( $misinfo_scorer_meta_key );
}
