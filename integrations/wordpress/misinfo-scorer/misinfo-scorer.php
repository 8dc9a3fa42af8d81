<?php
/**
 * Plugin Name:       Misinfo Scorer
 * Plugin URI:        https://github.com/misinfo-scorer/misinfo-scorer
 * Description:       Scores posts with a misinfo-scorer service as they are published, shows the score, the decision and the top findings to editors, and can hold publishing (status "Pending Review") on a "hold" decision.
 * Version:           0.2.0
 * Requires at least: 5.6
 * Requires PHP:      7.4
 * License:           Apache-2.0
 * Text Domain:       misinfo-scorer
 *
 * Requests to the service are signed: X-Misinfo-Timestamp (Unix seconds) and
 * X-Misinfo-Signature: sha256=<hex HMAC-SHA256(secret, timestamp . "." . body)>.
 * The service refuses a timestamp older than five minutes (replay protection).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const MISINFO_SCORER_VERSION       = '0.2.0';
const MISINFO_SCORER_OPTION        = 'misinfo_scorer_settings';
const MISINFO_SCORER_META_RESULT   = '_misinfo_scorer_result';
const MISINFO_SCORER_META_KEY      = '_misinfo_scorer_key';
const MISINFO_SCORER_META_DECISION = '_misinfo_scorer_decision';
const MISINFO_SCORER_META_SCORE    = '_misinfo_scorer_score';
const MISINFO_SCORER_META_TIME     = '_misinfo_scorer_scored_at';
const MISINFO_SCORER_META_NOTICE   = '_misinfo_scorer_notice';

/* -------------------------------------------------------------------------------------------------
 * Settings
 * ---------------------------------------------------------------------------------------------- */

/**
 * The plugin settings, with defaults. The secret may instead be defined in wp-config.php as
 * MISINFO_SCORER_SECRET (preferred: it then never sits in the database).
 *
 * @return array
 */
function misinfo_scorer_settings() {
	$defaults = array(
		'service_url'         => '',
		'review_base'         => '',
		'secret'              => '',
		'timeout'             => 10,
		'post_types'          => 'post',
		'hold_enabled'        => 1,
		'fail_closed'         => 0,
		'override_capability' => '',
	);
	$settings = wp_parse_args( (array) get_option( MISINFO_SCORER_OPTION, array() ), $defaults );
	if ( defined( 'MISINFO_SCORER_SECRET' ) && MISINFO_SCORER_SECRET ) {
		$settings['secret'] = MISINFO_SCORER_SECRET;
	}
	return $settings;
}

/**
 * The post types that are scored.
 *
 * @return string[]
 */
function misinfo_scorer_post_types() {
	$settings = misinfo_scorer_settings();
	return array_values( array_filter( array_map( 'trim', explode( ',', (string) $settings['post_types'] ) ) ) );
}

/**
 * Keep the stored secret when the settings form leaves the field empty; clean every value.
 *
 * @param array $input Submitted values.
 * @return array
 */
function misinfo_scorer_sanitize_settings( $input ) {
	$old    = (array) get_option( MISINFO_SCORER_OPTION, array() );
	$input  = (array) $input;
	$secret = isset( $input['secret'] ) ? trim( (string) $input['secret'] ) : '';
	return array(
		'service_url'         => esc_url_raw( trim( (string) ( $input['service_url'] ?? '' ) ) ),
		'review_base'         => esc_url_raw( trim( (string) ( $input['review_base'] ?? '' ) ) ),
		'secret'              => '' !== $secret ? $secret : ( $old['secret'] ?? '' ),
		'timeout'             => max( 1, min( 60, absint( $input['timeout'] ?? 10 ) ) ),
		'post_types'          => sanitize_text_field( (string) ( $input['post_types'] ?? 'post' ) ),
		'hold_enabled'        => empty( $input['hold_enabled'] ) ? 0 : 1,
		'fail_closed'         => empty( $input['fail_closed'] ) ? 0 : 1,
		'override_capability' => sanitize_key( (string) ( $input['override_capability'] ?? '' ) ),
	);
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'misinfo_scorer',
			MISINFO_SCORER_OPTION,
			array( 'sanitize_callback' => 'misinfo_scorer_sanitize_settings' )
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Misinfo Scorer', 'misinfo-scorer' ),
			__( 'Misinfo Scorer', 'misinfo-scorer' ),
			'manage_options',
			'misinfo-scorer',
			'misinfo_scorer_render_settings_page'
		);
	}
);

/** The Settings → Misinfo Scorer page. */
function misinfo_scorer_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$s    = misinfo_scorer_settings();
	$name = MISINFO_SCORER_OPTION;
	echo '<div class="wrap"><h1>' . esc_html__( 'Misinfo Scorer', 'misinfo-scorer' ) . '</h1>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'misinfo_scorer' );
	echo '<table class="form-table" role="presentation">';
	printf(
		'<tr><th><label for="ms-url">%s</label></th><td><input id="ms-url" class="regular-text" type="url" name="%s[service_url]" value="%s" placeholder="https://scorer.internal:8000"><p class="description">%s</p></td></tr>',
		esc_html__( 'Service URL', 'misinfo-scorer' ),
		esc_attr( $name ),
		esc_attr( $s['service_url'] ),
		esc_html__( 'Base URL of misinfo-scorer serve, as this server reaches it. Use HTTPS unless it is on a private network.', 'misinfo-scorer' )
	);
	printf(
		'<tr><th><label for="ms-review">%s</label></th><td><input id="ms-review" class="regular-text" type="url" name="%s[review_base]" value="%s"><p class="description">%s</p></td></tr>',
		esc_html__( 'Review link base', 'misinfo-scorer' ),
		esc_attr( $name ),
		esc_attr( $s['review_base'] ),
		esc_html__( 'Base URL editors\' browsers use for review pages, if different from the service URL.', 'misinfo-scorer' )
	);
	$secret_note = defined( 'MISINFO_SCORER_SECRET' ) ? __( 'Set in wp-config.php (MISINFO_SCORER_SECRET).', 'misinfo-scorer' )
		: ( '' !== $s['secret'] ? __( 'A secret is stored; leave empty to keep it.', 'misinfo-scorer' ) : __( 'The same value as MISINFO_SCORER_WORDPRESS_SECRET on the service.', 'misinfo-scorer' ) );
	printf(
		'<tr><th><label for="ms-secret">%s</label></th><td><input id="ms-secret" class="regular-text" type="password" autocomplete="new-password" name="%s[secret]" value=""%s><p class="description">%s</p></td></tr>',
		esc_html__( 'Shared secret', 'misinfo-scorer' ),
		esc_attr( $name ),
		defined( 'MISINFO_SCORER_SECRET' ) ? ' disabled' : '',
		esc_html( $secret_note )
	);
	printf(
		'<tr><th><label for="ms-timeout">%s</label></th><td><input id="ms-timeout" type="number" min="1" max="60" name="%s[timeout]" value="%d"> s</td></tr>',
		esc_html__( 'Timeout', 'misinfo-scorer' ),
		esc_attr( $name ),
		(int) $s['timeout']
	);
	printf(
		'<tr><th><label for="ms-types">%s</label></th><td><input id="ms-types" class="regular-text" type="text" name="%s[post_types]" value="%s"><p class="description">%s</p></td></tr>',
		esc_html__( 'Post types', 'misinfo-scorer' ),
		esc_attr( $name ),
		esc_attr( $s['post_types'] ),
		esc_html__( 'Comma-separated, e.g. post,page', 'misinfo-scorer' )
	);
	printf(
		'<tr><th>%s</th><td><label><input type="checkbox" name="%s[hold_enabled]" value="1"%s> %s</label><br><label><input type="checkbox" name="%s[fail_closed]" value="1"%s> %s</label></td></tr>',
		esc_html__( 'Pre-publish check', 'misinfo-scorer' ),
		esc_attr( $name ),
		checked( 1, (int) $s['hold_enabled'], false ),
		esc_html__( 'Hold publishing (status "Pending Review") when the decision is "hold".', 'misinfo-scorer' ),
		esc_attr( $name ),
		checked( 1, (int) $s['fail_closed'], false ),
		esc_html__( 'Also hold when the service cannot be reached (default: publish and warn).', 'misinfo-scorer' )
	);
	printf(
		'<tr><th><label for="ms-cap">%s</label></th><td><input id="ms-cap" class="regular-text" type="text" name="%s[override_capability]" value="%s"><p class="description">%s</p></td></tr>',
		esc_html__( 'Override capability', 'misinfo-scorer' ),
		esc_attr( $name ),
		esc_attr( $s['override_capability'] ),
		esc_html__( 'Users with this capability (e.g. manage_options) publish despite a hold. Empty: nobody.', 'misinfo-scorer' )
	);
	echo '</table>';
	submit_button();
	echo '</form></div>';
}

/* -------------------------------------------------------------------------------------------------
 * Talking to the service
 * ---------------------------------------------------------------------------------------------- */

/**
 * The signature headers for a request body.
 *
 * @param string   $body      The exact bytes sent.
 * @param string   $secret    The shared secret.
 * @param int|null $timestamp Unix seconds (default now).
 * @return array
 */
function misinfo_scorer_sign( $body, $secret, $timestamp = null ) {
	$ts = (string) ( null === $timestamp ? time() : (int) $timestamp );
	return array(
		'X-Misinfo-Timestamp' => $ts,
		'X-Misinfo-Signature' => 'sha256=' . hash_hmac( 'sha256', $ts . '.' . $body, $secret ),
	);
}

/**
 * The article JSON for a post (the misinfo-scorer contract, plus a "wordpress" object).
 *
 * @param int    $post_id   Post ID (0 for a post not yet inserted).
 * @param array  $fields    post_title, post_content, post_date_gmt, post_modified_gmt, post_status, post_type, post_author.
 * @param string $event     Which hook sent it.
 * @return array|null Null when there is nothing to score.
 */
function misinfo_scorer_payload( $post_id, array $fields, $event ) {
	$content = strip_shortcodes( (string) ( $fields['post_content'] ?? '' ) );
	if ( '' === trim( wp_strip_all_tags( $content ) ) ) {
		return null;
	}
	$date_gmt  = (string) ( $fields['post_date_gmt'] ?? '' );
	$published = ( '' !== $date_gmt && '0000-00-00 00:00:00' !== $date_gmt )
		? gmdate( 'Y-m-d\TH:i:s\Z', strtotime( $date_gmt . ' UTC' ) )
		: gmdate( 'Y-m-d\TH:i:s\Z' );
	$author  = ! empty( $fields['post_author'] ) ? get_the_author_meta( 'display_name', (int) $fields['post_author'] ) : '';
	$prefix  = is_multisite() ? 'wp-' . get_current_blog_id() . '-' : 'wp-';
	$payload = array(
		'id'        => $prefix . ( $post_id ? (int) $post_id : 'new-' . substr( md5( $content ), 0, 12 ) ),
		'html'      => $content,
		'title'     => (string) ( $fields['post_title'] ?? '' ),
		'published' => $published,
		'authors'   => $author ? array( $author ) : array(),
		'language'  => strtolower( substr( (string) get_locale(), 0, 2 ) ),
		'wordpress' => array(
			'post_id'      => (int) $post_id,
			'status'       => (string) ( $fields['post_status'] ?? '' ),
			'post_type'    => (string) ( $fields['post_type'] ?? '' ),
			'modified_gmt' => (string) ( $fields['post_modified_gmt'] ?? '' ),
			'site'         => home_url(),
			'event'        => $event,
		),
	);
	if ( $post_id ) {
		$payload['url'] = (string) get_permalink( $post_id );
	}
	return $payload;
}

/**
 * A hash of what is scored (title, date, body), whatever the post's id.
 *
 * @param array $payload From misinfo_scorer_payload().
 * @return string
 */
function misinfo_scorer_content_hash( array $payload ) {
	return hash( 'sha256', $payload['title'] . "\n" . $payload['published'] . "\n" . $payload['html'] );
}

/**
 * A key for "this content of this post": the same content is sent once.
 *
 * @param array $payload From misinfo_scorer_payload().
 * @return string
 */
function misinfo_scorer_content_key( array $payload ) {
	return $payload['id'] . ':' . misinfo_scorer_content_hash( $payload );
}

/**
 * POST the article to the service's /hooks/wordpress and return its result (with "decision").
 *
 * @param array $payload From misinfo_scorer_payload().
 * @return array|WP_Error
 */
function misinfo_scorer_request( array $payload ) {
	$settings = misinfo_scorer_settings();
	if ( '' === $settings['service_url'] || '' === $settings['secret'] ) {
		return new WP_Error( 'misinfo_scorer_unconfigured', __( 'Misinfo Scorer has no service URL or secret (Settings → Misinfo Scorer).', 'misinfo-scorer' ) );
	}
	$body     = wp_json_encode( $payload );
	$response = wp_remote_post(
		rtrim( $settings['service_url'], '/' ) . '/hooks/wordpress',
		array(
			'timeout' => (int) $settings['timeout'],
			'headers' => array_merge( array( 'Content-Type' => 'application/json' ), misinfo_scorer_sign( $body, $settings['secret'] ) ),
			'body'    => $body,
		)
	);
	if ( is_wp_error( $response ) ) {
		return $response;
	}
	$code   = (int) wp_remote_retrieve_response_code( $response );
	$result = json_decode( (string) wp_remote_retrieve_body( $response ), true );
	if ( 200 !== $code || ! is_array( $result ) || ! isset( $result['decision'] ) ) {
		$detail = is_array( $result ) && isset( $result['detail'] ) ? ( is_string( $result['detail'] ) ? $result['detail'] : wp_json_encode( $result['detail'] ) ) : '';
		/* translators: 1: HTTP status, 2: the service's reason */
		return new WP_Error( 'misinfo_scorer_http', sprintf( __( 'The scoring service answered %1$d %2$s', 'misinfo-scorer' ), $code, $detail ) );
	}
	return $result;
}

/**
 * Store a result on the post.
 *
 * @param int    $post_id Post ID.
 * @param array  $result  The service's answer.
 * @param string $key     The content key it answers.
 */
function misinfo_scorer_store( $post_id, array $result, $key ) {
	update_post_meta( $post_id, MISINFO_SCORER_META_RESULT, wp_slash( wp_json_encode( $result ) ) );
	update_post_meta( $post_id, MISINFO_SCORER_META_KEY, $key );
	update_post_meta( $post_id, MISINFO_SCORER_META_DECISION, (string) $result['decision'] );
	update_post_meta( $post_id, MISINFO_SCORER_META_SCORE, isset( $result['score'] ) ? (string) $result['score'] : '' );
	update_post_meta( $post_id, MISINFO_SCORER_META_TIME, time() );
}

/**
 * Keep what the editor should be told about a post's last check (the block editor reads it through
 * the REST API, see misinfo_scorer_rest_state()).
 *
 * @param int    $post_id Post ID.
 * @param string $status  A notice status: error, warning, info or success.
 * @param string $message The text.
 */
function misinfo_scorer_set_notice( $post_id, $status, $message ) {
	update_post_meta(
		$post_id,
		MISINFO_SCORER_META_NOTICE,
		wp_slash( wp_json_encode( array( 'status' => $status, 'message' => $message, 'at' => microtime( true ) ) ) )
	);
}

/** Results scored during this request by the pre-publish check, by post ID, for wp_after_insert_post. */
$GLOBALS['misinfo_scorer_pending'] = array();
/**
 * Results of the pre-publish check for posts that did not exist yet (created already published), by
 * content hash: the post, once created, takes its result over instead of being scored again.
 */
$GLOBALS['misinfo_scorer_unattached'] = array();

/**
 * Score a saved post once per content (wp_after_insert_post and transition_post_status both call this).
 *
 * @param WP_Post $post  The post.
 * @param string  $event The hook.
 */
function misinfo_scorer_send_post( $post, $event ) {
	if ( ! $post || ! in_array( $post->post_type, misinfo_scorer_post_types(), true ) ) {
		return;
	}
	if ( wp_is_post_autosave( $post->ID ) || wp_is_post_revision( $post->ID ) ) {
		return;
	}
	if ( isset( $GLOBALS['misinfo_scorer_pending'][ $post->ID ] ) ) {  // scored by the pre-publish check (held or not)
		list( $result, $checked_key, $notice ) = $GLOBALS['misinfo_scorer_pending'][ $post->ID ];
		unset( $GLOBALS['misinfo_scorer_pending'][ $post->ID ] );
		misinfo_scorer_store( $post->ID, $result, $checked_key );
		misinfo_scorer_set_notice( $post->ID, $notice[0], $notice[1] );
	}
	$payload = misinfo_scorer_payload( $post->ID, (array) $post->to_array(), $event );
	if ( null === $payload ) {
		return;
	}
	$hash    = misinfo_scorer_content_hash( $payload );
	$checked = $GLOBALS['misinfo_scorer_unattached'][ $hash ] ?? null;  // checked before it was created
	unset( $GLOBALS['misinfo_scorer_unattached'][ $hash ] );
	if ( null === $checked && ! in_array( $post->post_status, array( 'publish', 'future' ), true ) ) {
		return;
	}
	$key = misinfo_scorer_content_key( $payload );
	if ( get_post_meta( $post->ID, MISINFO_SCORER_META_KEY, true ) === $key ) {
		return;  // this content was scored already
	}
	// the block editor saves twice and fires both hooks: one request per content, even when racing
	$lock = 'misinfo_scorer_' . md5( $key );
	if ( get_transient( $lock ) ) {
		return;
	}
	set_transient( $lock, 1, 60 );
	// for a post checked before it existed, the service takes that result over (no second scoring)
	$result = misinfo_scorer_request( $payload );
	if ( is_wp_error( $result ) ) {
		delete_transient( $lock );
		if ( null !== $checked ) {  // the check's answer stands; only the service's copy is missing
			misinfo_scorer_store( $post->ID, $checked[0], $key );
			misinfo_scorer_set_notice( $post->ID, $checked[1][0], $checked[1][1] );
			return;
		}
		update_post_meta( $post->ID, MISINFO_SCORER_META_DECISION, 'error' );
		update_post_meta( $post->ID, MISINFO_SCORER_META_RESULT, wp_slash( wp_json_encode( array( 'error' => $result->get_error_message() ) ) ) );
		/* translators: %s: the error */
		misinfo_scorer_set_notice( $post->ID, 'warning', sprintf( __( 'The misinfo check could not run: %s', 'misinfo-scorer' ), $result->get_error_message() ) );
		return;
	}
	misinfo_scorer_store( $post->ID, $result, $key );
	if ( null !== $checked ) {
		misinfo_scorer_set_notice( $post->ID, $checked[1][0], $checked[1][1] );
	} elseif ( 'publish' !== $result['decision'] ) {
		/* translators: %s: where the post stands */
		misinfo_scorer_set_notice( $post->ID, 'warning', misinfo_scorer_describe( $result, __( 'The misinfo check suggests a review of this published post', 'misinfo-scorer' ) ) );
	} else {
		misinfo_scorer_set_notice( $post->ID, 'success', misinfo_scorer_describe( $result, __( 'Misinfo check: publish', 'misinfo-scorer' ) ) );
	}
}

add_action(
	'wp_after_insert_post',
	function ( $post_id, $post ) {
		misinfo_scorer_send_post( $post, 'wp_after_insert_post' );
	},
	20,
	2
);

add_action(
	'transition_post_status',
	function ( $new_status, $old_status, $post ) {
		if ( $new_status !== $old_status && in_array( $new_status, array( 'publish', 'future' ), true ) ) {
			misinfo_scorer_send_post( $post, 'transition_post_status' );
		}
	},
	20,
	3
);

/* -------------------------------------------------------------------------------------------------
 * The pre-publish check: hold on "hold"
 * ---------------------------------------------------------------------------------------------- */

/**
 * Before a post goes live (publish or schedule), score it and, on a "hold" decision, save it as
 * "Pending Review" instead. Runs for the classic editor, the block editor (REST) and wp_insert_post().
 *
 * @param array $data    Slashed, sanitized post fields about to be saved.
 * @param array $postarr The raw post array (has the ID).
 * @return array
 */
function misinfo_scorer_pre_publish( $data, $postarr ) {
	$settings = misinfo_scorer_settings();
	if ( empty( $settings['hold_enabled'] ) ) {
		return $data;
	}
	$status = $data['post_status'] ?? '';
	if ( ! in_array( $status, array( 'publish', 'future' ), true ) || ! in_array( $data['post_type'] ?? '', misinfo_scorer_post_types(), true ) ) {
		return $data;
	}
	$post_id = (int) ( $postarr['ID'] ?? 0 );
	if ( $post_id && ( wp_is_post_autosave( $post_id ) || wp_is_post_revision( $post_id ) ) ) {
		return $data;
	}
	if ( $post_id && in_array( get_post_status( $post_id ), array( 'publish', 'future' ), true ) ) {
		return $data;  // already live or scheduled: an edit is scored after saving, never unpublished here
	}
	$payload = misinfo_scorer_payload( $post_id, wp_unslash( $data ), 'wp_insert_post_data' );
	if ( null === $payload ) {
		return $data;
	}
	$result = misinfo_scorer_request( $payload );
	$user   = get_current_user_id();
	if ( is_wp_error( $result ) ) {
		if ( ! empty( $settings['fail_closed'] ) ) {
			$data['post_status'] = 'pending';
			/* translators: %s: the error */
			$notice = array( 'error', sprintf( __( 'Held for review: the misinfo check could not run (%s).', 'misinfo-scorer' ), $result->get_error_message() ) );
		} else {
			/* translators: %s: the error */
			$notice = array( 'warning', sprintf( __( 'Published without the misinfo check: %s', 'misinfo-scorer' ), $result->get_error_message() ) );
		}
		set_transient( 'misinfo_scorer_notice_' . $user, $notice[1], 300 );
		if ( $post_id ) {
			misinfo_scorer_set_notice( $post_id, $notice[0], $notice[1] );
		}
		return $data;
	}
	$override = '' !== $settings['override_capability'] && current_user_can( $settings['override_capability'] );
	$scheduled = 'future' === $status;
	if ( 'hold' === $result['decision'] && ! $override ) {
		$data['post_status'] = 'pending';
		$notice              = array( 'error', misinfo_scorer_describe( $result, __( 'Publishing held for review: the post is saved as Pending Review, not published', 'misinfo-scorer' ) ) );
	} elseif ( 'publish' !== $result['decision'] ) {
		$notice = array( 'warning', misinfo_scorer_describe( $result, $scheduled ? __( 'Scheduled; the misinfo check suggests a review', 'misinfo-scorer' ) : __( 'Published; the misinfo check suggests a review', 'misinfo-scorer' ) ) );
	} else {
		$notice = array( 'success', misinfo_scorer_describe( $result, __( 'Misinfo check: publish', 'misinfo-scorer' ) ) );
	}
	if ( 'success' !== $notice[0] ) {
		set_transient( 'misinfo_scorer_notice_' . $user, $notice[1], 300 );
	}
	if ( $post_id ) {
		$GLOBALS['misinfo_scorer_pending'][ $post_id ] = array( $result, misinfo_scorer_content_key( $payload ), $notice );
	} else {
		$GLOBALS['misinfo_scorer_unattached'][ misinfo_scorer_content_hash( $payload ) ] = array( $result, $notice );
	}
	return $data;
}
add_filter( 'wp_insert_post_data', 'misinfo_scorer_pre_publish', 99, 2 );

/**
 * One line for a notice: what happened, the score and the reasons.
 *
 * @param array  $result The service's answer.
 * @param string $head   What happened.
 * @return string
 */
function misinfo_scorer_describe( array $result, $head ) {
	$score   = isset( $result['score'] ) && null !== $result['score'] ? sprintf( /* translators: 1: score, 2: band */ __( 'score %1$.2f, %2$s', 'misinfo-scorer' ), (float) $result['score'], (string) ( $result['band'] ?? '' ) ) : __( 'no score', 'misinfo-scorer' );
	$reasons = isset( $result['decision_reasons'] ) && is_array( $result['decision_reasons'] ) ? implode( '; ', array_map( 'strval', $result['decision_reasons'] ) ) : '';
	return $head . ' (' . $score . ')' . ( '' !== $reasons ? ': ' . $reasons : '' );
}

add_action(
	'admin_notices',
	function () {
		$key     = 'misinfo_scorer_notice_' . get_current_user_id();
		$message = get_transient( $key );
		if ( $message ) {
			delete_transient( $key );
			printf( '<div class="notice notice-warning is-dismissible"><p><strong>Misinfo Scorer:</strong> %s</p></div>', esc_html( $message ) );
		}
	}
);

/* -------------------------------------------------------------------------------------------------
 * The meta box
 * ---------------------------------------------------------------------------------------------- */

add_action(
	'add_meta_boxes',
	function () {
		add_meta_box( 'misinfo-scorer', __( 'Misinfo score', 'misinfo-scorer' ), 'misinfo_scorer_meta_box', misinfo_scorer_post_types(), 'side', 'high' );
	}
);

/**
 * The meta box. Its content is also sent to the block editor through the REST API after each save
 * (misinfo_scorer_rest_state()), which puts it in place without a reload.
 *
 * @param WP_Post $post The post being edited.
 */
function misinfo_scorer_meta_box( $post ) {
	echo '<div id="misinfo-scorer-box">' . misinfo_scorer_box_html( $post ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts
}

/**
 * The meta box's content: decision, score and band, reasons, the top findings and a link to the review page.
 *
 * @param WP_Post $post The post.
 * @return string HTML, every value escaped.
 */
function misinfo_scorer_box_html( $post ) {
	ob_start();
	misinfo_scorer_box_content( $post );
	return (string) ob_get_clean();
}

/**
 * Print the meta box's content.
 *
 * @param WP_Post $post The post.
 */
function misinfo_scorer_box_content( $post ) {
	$raw    = get_post_meta( $post->ID, MISINFO_SCORER_META_RESULT, true );
	$result = $raw ? json_decode( (string) $raw, true ) : null;
	if ( ! is_array( $result ) ) {
		echo '<p>' . esc_html__( 'Not scored yet: the post is scored when it is published or scheduled.', 'misinfo-scorer' ) . '</p>';
		return;
	}
	if ( isset( $result['error'] ) ) {
		echo '<p>' . esc_html__( 'The last check failed:', 'misinfo-scorer' ) . ' ' . esc_html( (string) $result['error'] ) . '</p>';
		return;
	}
	$colours  = array( 'publish' => '#1b7f3b', 'review' => '#a86400', 'hold' => '#b00020' );
	$decision = (string) ( $result['decision'] ?? '' );
	$colour   = $colours[ $decision ] ?? '#444';
	printf( '<p style="font-size:1.2em;margin:0 0 .5em"><strong style="color:%s">%s</strong>', esc_attr( $colour ), esc_html( strtoupper( $decision ) ) );
	if ( isset( $result['score'] ) && null !== $result['score'] ) {
		printf( ' &middot; %s <span style="color:#555">%s</span>', esc_html( sprintf( '%.2f', (float) $result['score'] ) ), esc_html( (string) ( $result['band'] ?? '' ) ) );
	}
	echo '</p>';
	if ( ! empty( $result['decision_reasons'] ) && is_array( $result['decision_reasons'] ) ) {
		echo '<ul style="margin:0 0 .5em 1em;list-style:disc">';
		foreach ( $result['decision_reasons'] as $reason ) {
			echo '<li>' . esc_html( (string) $reason ) . '</li>';
		}
		echo '</ul>';
	}
	$findings = isset( $result['findings'] ) && is_array( $result['findings'] ) ? $result['findings'] : array();
	usort(
		$findings,
		function ( $a, $b ) {
			return ( $b['severity'] ?? 0 ) <=> ( $a['severity'] ?? 0 );
		}
	);
	if ( $findings ) {
		/* translators: %d: number of findings */
		printf( '<p><strong>%s</strong></p><ol style="margin-left:1.2em">', esc_html( sprintf( _n( '%d finding', '%d findings', count( $findings ), 'misinfo-scorer' ), count( $findings ) ) ) );
		foreach ( array_slice( $findings, 0, 5 ) as $finding ) {
			printf(
				'<li><em>“%s”</em><br><span style="color:#555">%s</span> — %s</li>',
				esc_html( (string) ( $finding['text'] ?? '' ) ),
				esc_html( str_replace( '_', ' ', (string) ( $finding['signal'] ?? '' ) ) ),
				esc_html( (string) ( $finding['message'] ?? '' ) )
			);
		}
		echo '</ol>';
	}
	if ( ! empty( $result['errors'] ) && is_array( $result['errors'] ) ) {
		foreach ( $result['errors'] as $error ) {
			printf( '<p style="color:#8a1c1c">%s: %s</p>', esc_html( (string) ( $error['plugin'] ?? '' ) ), esc_html( (string) ( $error['error'] ?? '' ) ) );
		}
	}
	$url = misinfo_scorer_review_link( $result );
	if ( '' !== $url ) {
		printf( '<p><a href="%s" target="_blank" rel="noopener noreferrer">%s</a></p>', esc_url( $url ), esc_html__( 'Open the review page (highlights in the text)', 'misinfo-scorer' ) );
	}
	$when = (int) get_post_meta( $post->ID, MISINFO_SCORER_META_TIME, true );
	if ( $when ) {
		/* translators: %s: date and time */
		printf( '<p style="color:#555">%s</p>', esc_html( sprintf( __( 'Scored %s UTC', 'misinfo-scorer' ), gmdate( 'Y-m-d H:i', $when ) ) ) );
	}
}

/**
 * The review page's address for a result, absolute ('' when there is none).
 *
 * @param array $result The service's answer.
 * @return string
 */
function misinfo_scorer_review_link( array $result ) {
	$settings = misinfo_scorer_settings();
	$base     = '' !== $settings['review_base'] ? $settings['review_base'] : $settings['service_url'];
	if ( empty( $result['review_url'] ) || '' === $base ) {
		return '';
	}
	return 0 === strpos( (string) $result['review_url'], '/' ) ? rtrim( $base, '/' ) . $result['review_url'] : (string) $result['review_url'];
}

/* -------------------------------------------------------------------------------------------------
 * The block editor: the check's outcome as an editor notice, the meta box refreshed after each save
 * ---------------------------------------------------------------------------------------------- */

/**
 * The post's check as the block editor reads it: the field "misinfo_scorer" of the post in the REST
 * API (context "edit", for users who may edit the post).
 *
 * @param array $post_data The post as the REST API prepares it.
 * @return array|null
 */
function misinfo_scorer_rest_state( $post_data ) {
	$post_id = (int) ( $post_data['id'] ?? 0 );
	if ( ! $post_id || ! current_user_can( 'edit_post', $post_id ) ) {
		return null;
	}
	$post   = get_post( $post_id );
	$raw    = get_post_meta( $post_id, MISINFO_SCORER_META_RESULT, true );
	$result = $raw ? json_decode( (string) $raw, true ) : null;
	$notice = json_decode( (string) get_post_meta( $post_id, MISINFO_SCORER_META_NOTICE, true ), true );
	$state  = array(
		'decision'   => null,
		'score'      => null,
		'band'       => null,
		'reasons'    => array(),
		'review_url' => '',
		'error'      => null,
		'scored_at'  => (int) get_post_meta( $post_id, MISINFO_SCORER_META_TIME, true ),
		'notice'     => is_array( $notice ) ? $notice : null,
		'box_html'   => $post ? misinfo_scorer_box_html( $post ) : '',
	);
	if ( is_array( $result ) && isset( $result['error'] ) ) {
		$state['error'] = (string) $result['error'];
	} elseif ( is_array( $result ) ) {
		$state['decision']   = isset( $result['decision'] ) ? (string) $result['decision'] : null;
		$state['score']      = isset( $result['score'] ) ? $result['score'] : null;
		$state['band']       = isset( $result['band'] ) ? $result['band'] : null;
		$state['reasons']    = isset( $result['decision_reasons'] ) && is_array( $result['decision_reasons'] ) ? array_values( array_map( 'strval', $result['decision_reasons'] ) ) : array();
		$state['review_url'] = misinfo_scorer_review_link( $result );
	}
	return $state;
}

add_action(
	'rest_api_init',
	function () {
		register_rest_field(
			misinfo_scorer_post_types(),
			'misinfo_scorer',
			array(
				'get_callback' => 'misinfo_scorer_rest_state',
				'schema'       => array(
					'description' => __( 'The misinfo check of the post: decision, score, reasons, the notice for the editor.', 'misinfo-scorer' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
			)
		);
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( $screen && ! in_array( $screen->post_type, misinfo_scorer_post_types(), true ) ) {
			return;
		}
		wp_enqueue_script(
			'misinfo-scorer-editor',
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-api-fetch', 'wp-data', 'wp-dom-ready', 'wp-editor', 'wp-notices', 'wp-url' ),
			MISINFO_SCORER_VERSION,
			true
		);
		wp_localize_script(
			'misinfo-scorer-editor',
			'misinfoScorerEditor',
			array(
				'reviewLabel' => __( 'Open the review page', 'misinfo-scorer' ),
				'prefix'      => __( 'Misinfo Scorer:', 'misinfo-scorer' ),
			)
		);
	}
);
