/**
 * Misinfo Scorer in the block editor.
 *
 * WordPress hides classic admin notices on block-editor pages, and meta boxes are drawn once when
 * the editor opens. So after every save (and when the editor opens) this reads the post's check
 * from the REST API (the post's "misinfo_scorer" field, context "edit") and
 *  - shows its outcome in the editor's own notices (a hold is an error notice that says the post was
 *    saved as Pending Review, with a link to the review page);
 *  - puts the fresh content into the "Misinfo score" meta box;
 *  - closes the pre-publish panel when publishing was held.
 * No build step: plain JavaScript against the wp.* globals the editor loads.
 */
( function ( wp, settings ) {
	'use strict';
	if ( ! wp || ! wp.data || ! wp.apiFetch ) {
		return;
	}
	var NOTICE_ID = 'misinfo-scorer';
	var shown = null; // the notice last shown, so a refresh does not repeat it
	var wasSaving = false;

	function editor() {
		return wp.data.select( 'core/editor' );
	}

	function restPath( postId ) {
		var type = editor().getCurrentPostType();
		var typeObject = wp.data.select( 'core' ).getPostType( type );
		var base = ( typeObject && typeObject.rest_base ) || ( type === 'page' ? 'pages' : 'posts' );
		return wp.url.addQueryArgs( '/wp/v2/' + base + '/' + postId, {
			context: 'edit',
			_fields: 'id,status,misinfo_scorer',
		} );
	}

	function show( post, opening ) {
		var state = post && post.misinfo_scorer;
		if ( ! state ) {
			return;
		}
		var box = document.getElementById( 'misinfo-scorer-box' );
		if ( box && typeof state.box_html === 'string' ) {
			box.innerHTML = state.box_html; // the plugin's own meta box markup, escaped server-side
		}
		var notices = wp.data.dispatch( 'core/notices' );
		var notice = state.notice;
		if ( ! notice || ! notice.message ) {
			return;
		}
		var key = String( notice.at ) + notice.message;
		if ( key === shown ) {
			return;
		}
		shown = key;
		// when the editor opens, repeat only what still needs attention
		if ( opening && ! ( notice.status === 'error' && post.status === 'pending' ) && notice.status !== 'warning' ) {
			return;
		}
		var actions = state.review_url ? [ { label: settings.reviewLabel, url: state.review_url } ] : [];
		notices.createNotice( notice.status, settings.prefix + ' ' + notice.message, {
			id: NOTICE_ID,
			isDismissible: true,
			actions: actions,
		} );
		if ( notice.status === 'error' && post.status === 'pending' ) {
			var editPost = wp.data.dispatch( 'core/edit-post' );
			if ( editPost && editPost.closePublishSidebar ) {
				editPost.closePublishSidebar();
			}
		}
	}

	function refresh( opening ) {
		var postId = editor().getCurrentPostId();
		if ( ! postId ) {
			return;
		}
		wp.apiFetch( { path: restPath( postId ) } ).then(
			function ( post ) {
				show( post, opening );
			},
			function () {} // the check's state is a courtesy: never break the editor over it
		);
	}

	wp.data.subscribe( function () {
		var ed = editor();
		if ( ! ed ) {
			return;
		}
		var saving = ed.isSavingPost() && ! ed.isAutosavingPost();
		if ( wasSaving && ! saving ) {
			refresh( false );
		}
		wasSaving = saving;
	} );

	wp.domReady( function () {
		refresh( true );
	} );
} )( window.wp, window.misinfoScorerEditor || { reviewLabel: 'Open the review page', prefix: 'Misinfo Scorer:' } );
